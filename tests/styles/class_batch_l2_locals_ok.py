"""A regression class whose loss method builds its L2 term on lines of its own, scaled by the batch
(`penalty = self.lam / (2 * n) * squares`, then `total += penalty`), beside a mean of the squared errors over every
element; its `update(X, Y)` steps in place with `2 * (out - Y) / (n * k)` and `lam / n * W`: ReLU units, an
identity output: correct (the batch-scaled term said unchecked, its strength built at 0; the mean read through
the names it is added to)."""
import numpy as np


class Regressor:
    def __init__(self, sizes, lr=0.01, lam=0.05):
        rng = np.random.default_rng(6)
        self.W = [rng.normal(0.0, 0.1, (a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.b = [np.zeros(b) for b in sizes[1:]]
        self.lr, self.lam = lr, lam

    def forward(self, X):
        self.a = [X]
        for k, (W, b) in enumerate(zip(self.W, self.b)):
            z = self.a[-1] @ W + b
            self.a.append(np.maximum(z, 0.0) if k < len(self.W) - 1 else z)
        return self.a[-1]

    def cost(self, X, Y):
        out = self.forward(X)
        n = X.shape[0]
        total = np.mean((out - Y) ** 2)
        squares = sum(np.sum(W * W) for W in self.W)
        penalty = self.lam / (2 * n) * squares
        total += penalty
        return total

    def update(self, X, Y):
        out = self.forward(X)
        n, k = Y.shape
        delta = 2.0 * (out - Y) / (n * k)
        for j in range(len(self.W) - 1, -1, -1):
            gW = self.a[j].T @ delta + self.lam / n * self.W[j]
            gb = delta.sum(axis=0)
            if j > 0:
                delta = (delta @ self.W[j].T) * (self.a[j] > 0)
            self.W[j] -= self.lr * gW
            self.b[j] -= self.lr * gb
