"""A class built from its hidden layers' widths under a name that reads as one width (hidden_layer_neurons), which
its constructor takes the length of; ReLU hidden layers, softmax, lists of weights and biases."""
import numpy as np


class MLP:
    def __init__(self, n_in, hidden_layer_neurons, n_out, seed=0):
        if len(hidden_layer_neurons) < 1:
            raise ValueError("at least one hidden layer")
        rng = np.random.default_rng(seed)
        sizes = [n_in, *hidden_layer_neurons, n_out]
        self.weights = [rng.normal(0, np.sqrt(2 / a), (a, b)) for a, b in zip(sizes, sizes[1:])]
        self.biases = [np.zeros((1, b)) for b in sizes[1:]]

    def forward(self, X):
        self.outs = [X]
        for k, (W, b) in enumerate(zip(self.weights, self.biases)):
            z = self.outs[-1] @ W + b
            if k < len(self.weights) - 1:
                self.outs.append(np.maximum(z, 0))
            else:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                self.outs.append(e / e.sum(axis=1, keepdims=True))
        return self.outs[-1]

    def backward(self, Y, lr):
        delta = (self.outs[-1] - Y) / len(Y)
        for k in range(len(self.weights) - 1, -1, -1):
            dW = self.outs[k].T @ delta
            db = delta.sum(axis=0, keepdims=True)
            if k > 0:
                delta = (delta @ self.weights[k].T) * (self.outs[k] > 0)
            self.weights[k] -= lr * dW
            self.biases[k] -= lr * db


if __name__ == "__main__":
    X = np.random.rand(60, 5)
    Y = np.eye(3)[np.random.randint(0, 3, 60)]
    net = MLP(5, [16, 8], 3)
    for _ in range(100):
        net.forward(X)
        net.backward(Y, 0.1)
