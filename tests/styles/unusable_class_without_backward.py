"""Exit 2: a one-layer class whose weights `W`, `b` name no layer, trained by fit(X, y, epochs) at a fixed rate."""
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
