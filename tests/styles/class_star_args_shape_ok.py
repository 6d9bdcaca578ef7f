"""A class built from its layer sizes given one by one, `Perceptron(784, 64, 10)`, through `*args`, kept as
`self.shape = args`; weights and biases in two lists. `forward(X)` keeps each layer's output, `backward(X, Y)`
returns the gradients as two lists. Sigmoid hidden units, softmax over each row, one-hot labels, mean
cross-entropy."""
import numpy as np


class Perceptron:
    def __init__(self, *args):
        self.shape = args
        rng = np.random.default_rng(11)
        self.weights = [rng.uniform(-0.1, 0.1, (m, n)) for m, n in zip(args[:-1], args[1:])]
        self.biases = [np.zeros(n) for n in args[1:]]
        self.outputs = []

    def forward(self, X):
        self.outputs = [X]
        for i, (W, b) in enumerate(zip(self.weights, self.biases)):
            s = self.outputs[-1] @ W + b
            if i < len(self.weights) - 1:
                self.outputs.append(1.0 / (1.0 + np.exp(-s)))
            else:
                e = np.exp(s - s.max(axis=1, keepdims=True))
                self.outputs.append(e / e.sum(axis=1, keepdims=True))
        return self.outputs[-1]

    def backward(self, X, Y):
        delta = (self.outputs[-1] - Y) / len(X)
        grads_w, grads_b = [], []
        for i in range(len(self.weights) - 1, -1, -1):
            grads_w.insert(0, self.outputs[i].T @ delta)
            grads_b.insert(0, delta.sum(axis=0))
            if i > 0:
                a = self.outputs[i]
                delta = (delta @ self.weights[i].T) * a * (1.0 - a)
        return grads_w, grads_b


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    X = gen.random((100, 784))
    Y = np.eye(10)[gen.integers(0, 10, 100)]
    net = Perceptron(784, 64, 32, 10)
    for step in range(10):
        p = net.forward(X)
        gw, gb = net.backward(X, Y)
        net.weights = [W - 0.5 * g for W, g in zip(net.weights, gw)]
        net.biases = [b - 0.5 * g for b, g in zip(net.biases, gb)]
        print(step, -np.mean(np.sum(Y * np.log(p), axis=1)))
