"""A class with one list of weight matrices and no bias anywhere but the input's: its forward joins a column of
ones in front of the batch, each hidden layer is one unit wider than it is told (that unit a learned tanh unit like
the others) and the next matrix has as many rows, the output layer no bias at all (`sizes` [n, h, k] gives
(n + 1, h + 1) and (h + 1, k)); `step(X, Y)` moves the weights in place. Tanh hidden units, softmax output, one-hot
labels, mean cross-entropy."""
import numpy as np


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


class MLP:
    def __init__(self, sizes, rate=0.5):
        gen = np.random.default_rng(8)
        self.rate = rate
        self.weights = []
        for i in range(len(sizes) - 2):
            self.weights.append(gen.normal(0.0, 1.0, (sizes[i] + 1, sizes[i + 1] + 1)) / np.sqrt(sizes[i]))
        self.weights.append(gen.normal(0.0, 1.0, (sizes[-2] + 1, sizes[-1])) / np.sqrt(sizes[-2]))

    def forward(self, X):
        a = np.hstack([np.ones((len(X), 1)), X])
        self.acts = [a]
        for i, M in enumerate(self.weights):
            z = a @ M
            a = np.tanh(z) if i < len(self.weights) - 1 else softmax(z)
            self.acts.append(a)
        return a

    def step(self, X, Y):
        out = self.forward(X)
        delta = (out - Y) / len(X)
        for i in range(len(self.weights) - 1, -1, -1):
            grad = self.acts[i].T @ delta
            if i > 0:
                delta = (delta @ self.weights[i].T) * (1.0 - self.acts[i] ** 2)
            self.weights[i] -= self.rate * grad
