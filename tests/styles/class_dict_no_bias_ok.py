"""A class with no biases at all: its weights live in a dict `self.params` ("W1", "W2", "W3", column-major,
(out, in)) beside the values its forward keeps there ("A0", "Z1", "A1", ...), and `backward(Y, out)` returns the
gradients in a dict keyed by the weights' own names. Sigmoid hidden units, softmax output, cross-entropy
averaged over the batch; samples are columns."""
import numpy as np


class Network:
    def __init__(self, sizes, epochs=10, lr=0.1):
        self.lr, self.epochs = lr, epochs
        self.params = {f"W{i}": np.random.randn(sizes[i], sizes[i - 1]) * np.sqrt(1.0 / sizes[i - 1])
                       for i in range(1, len(sizes))}
        self.depth = len(sizes) - 1

    def forward(self, X):
        p = self.params
        p["A0"] = X
        for i in range(1, self.depth + 1):
            p[f"Z{i}"] = p[f"W{i}"] @ p[f"A{i - 1}"]
            if i < self.depth:
                p[f"A{i}"] = 1 / (1 + np.exp(-p[f"Z{i}"]))
            else:
                e = np.exp(p[f"Z{i}"] - p[f"Z{i}"].max(axis=0))
                p[f"A{i}"] = e / e.sum(axis=0)
        return p[f"A{self.depth}"]

    def backward(self, Y, out):
        p, grads = self.params, {}
        err = (out - Y) / Y.shape[1]
        for i in range(self.depth, 0, -1):
            grads[f"W{i}"] = err @ p[f"A{i - 1}"].T
            if i > 1:
                err = (p[f"W{i}"].T @ err) * p[f"A{i - 1}"] * (1 - p[f"A{i - 1}"])
        return grads

    def update(self, grads):
        for key, g in grads.items():
            self.params[key] -= self.lr * g
