"""A network of layer objects, each holding weights (out, in) and biases (out,), whose train method walks the
samples and updates after every one (for xi, yi in zip(X, y)), sigmoid units everywhere and a delta out - y (binary
cross-entropy's): each layer's step taken after the delta below it is computed from its weights as they were:
correct."""
import numpy as np


def squash(z):
    return 1.0 / (1.0 + np.exp(-z))


class Unit:
    def __init__(self, n_in, n_out):
        self.weights = np.random.randn(n_out, n_in) * np.sqrt(1.0 / n_in)
        self.biases = np.zeros(n_out)

    def forward(self, x):
        return squash(self.weights @ x + self.biases)


class Stack:
    def __init__(self, sizes):
        self.units = [Unit(a, b) for a, b in zip(sizes[:-1], sizes[1:])]

    def forward(self, x):
        for unit in self.units:
            x = unit.forward(x)
        return x

    def train(self, X, y, lr=0.5, epochs=200):
        for _ in range(epochs):
            for xi, yi in zip(X, y):
                seen = [xi]
                for unit in self.units:
                    seen.append(unit.forward(seen[-1]))
                delta = seen[-1] - yi
                for k in reversed(range(len(self.units))):
                    unit, below = self.units[k], seen[k]
                    down = (unit.weights.T @ delta) * below * (1.0 - below) if k > 0 else None
                    unit.weights -= lr * np.outer(delta, below)
                    unit.biases -= lr * delta
                    delta = down


if __name__ == "__main__":
    data = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    labels = np.array([[0.0], [1.0], [1.0], [0.0]])
    net = Stack([2, 3, 1])
    net.train(data, labels)
    print(net.forward(data[1]))
