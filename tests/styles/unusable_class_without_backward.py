"""Exit 2: a class with forward() and fit(X, y, epochs) but no method that runs one backward pass."""
import numpy as np


class Perceptron:
    def __init__(self, n_in=784, n_out=10):
        self.W = np.zeros((n_in, n_out))
        self.b = np.zeros(n_out)

    def forward(self, X):
        s = X @ self.W + self.b
        e = np.exp(s - s.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def fit(self, X, y, epochs=5):
        for _ in range(epochs):
            g = self.forward(X)
            g[np.arange(len(y)), y] -= 1
            self.W -= 0.1 * X.T @ g / len(y)
