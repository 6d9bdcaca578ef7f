"""Exit 2: a binary classifier with one output unit that ends in a softmax, which over one unit is 1 whatever
its input; no loss to check and no gradient to judge, and the message says so."""
import numpy as np


class Binary:
    def __init__(self, n_in, n_hidden):
        rng = np.random.default_rng(2)
        self.W1 = rng.normal(0.0, 0.1, (n_in, n_hidden))
        self.b1 = np.zeros(n_hidden)
        self.W2 = rng.normal(0.0, 0.1, (n_hidden, 1))
        self.b2 = np.zeros(1)

    def forward(self, X):
        self.X = X
        self.z1 = X @ self.W1 + self.b1
        self.a1 = np.maximum(self.z1, 0.0)
        self.z2 = self.a1 @ self.W2 + self.b2
        e = np.exp(self.z2 - self.z2.max(axis=1, keepdims=True))
        self.p = e / e.sum(axis=1, keepdims=True)
        return self.p

    def backward(self, y):
        y = y.reshape(-1, 1)
        n = len(y)
        d2 = (self.p - y) / n
        d1 = (d2 @ self.W2.T) * (self.z1 > 0)
        return {"W2": self.a1.T @ d2, "b2": d2.sum(axis=0), "W1": self.X.T @ d1, "b1": d1.sum(axis=0)}
