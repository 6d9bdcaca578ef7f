"""A class given its layer count beside its sizes, counting the input layer too, as its own call shows:
`Network(4, [784, 64, 32, 10])`. Its backward loops `for l in range(1, self.num_layers)`, so a count one short
would leave the first layer's gradient at zero. Samples as columns, sigmoid hidden units, softmax over each
column, one-hot labels, mean cross-entropy; `backprop(x, y)` returns the bias and weight gradients as lists."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class Network:
    def __init__(self, layer_count, sizes):
        rng = np.random.default_rng(9)
        self.num_layers = layer_count
        self.biases = [np.zeros((n, 1)) for n in sizes[1:]]
        self.weights = [rng.normal(0.0, 1.0 / np.sqrt(m), (n, m)) for m, n in zip(sizes[:-1], sizes[1:])]

    def forward_pass(self, x):
        acts, zs = [x], []
        for k, (w, b) in enumerate(zip(self.weights, self.biases)):
            zs.append(w @ acts[-1] + b)
            if k < len(self.weights) - 1:
                acts.append(sigmoid(zs[-1]))
            else:
                e = np.exp(zs[-1] - zs[-1].max(axis=0, keepdims=True))
                acts.append(e / e.sum(axis=0, keepdims=True))
        return acts[-1], acts, zs

    def backprop(self, x, y):
        _, acts, zs = self.forward_pass(x)
        dw = [np.zeros(w.shape) for w in self.weights]
        db = [np.zeros(b.shape) for b in self.biases]
        delta = (acts[-1] - y) / x.shape[1]
        for l in range(1, self.num_layers):
            if l > 1:
                a = acts[-l]
                delta = (self.weights[-l + 1].T @ delta) * a * (1.0 - a)
            dw[-l] = delta @ acts[-l - 1].T
            db[-l] = delta.sum(axis=1, keepdims=True)
        return db, dw


net = Network(4, [784, 64, 32, 10])

if __name__ == "__main__":
    gen = np.random.default_rng(0)
    x = gen.random((784, 50))
    y = np.eye(10)[:, gen.integers(0, 10, 50)]
    for step in range(20):
        db, dw = net.backprop(x, y)
        net.weights = [w - 0.5 * g for w, g in zip(net.weights, dw)]
        net.biases = [b - 0.5 * g for b, g in zip(net.biases, db)]
