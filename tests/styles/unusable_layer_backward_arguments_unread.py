"""Exit 2: layer objects whose backward takes two arguments xval cannot name (backward(self, kept, g)): it will not
guess which is the upstream gradient, and its own call failing is not the file's error."""
import numpy as np


class Linear:
    def __init__(self, n_in, n_out):
        self.W = np.random.randn(n_in, n_out) * np.sqrt(2.0 / n_in)
        self.b = np.zeros(n_out)

    def forward(self, x):
        return x @ self.W + self.b

    def backward(self, kept, g):
        self.dW = kept.T @ g
        self.db = g.sum(axis=0)
        return g @ self.W.T


class ReLU:
    def forward(self, x):
        return np.maximum(x, 0.0)

    def backward(self, kept, g):
        return g * (kept > 0)
