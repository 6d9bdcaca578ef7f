"""Methods indented out of their class (a common slip): `feedforward(self, X)` and `backprop(self, X, y, lr)` are
module functions taking `self`, written after a class whose constructor makes the W1 .. b2 they read; tanh,
softmax, cross-entropy, updating in place."""
import numpy as np


class TinyNet:
    def __init__(self, n_in, n_hidden, n_out, seed=4):
        rng = np.random.default_rng(seed)
        self.W1 = rng.normal(0, 1 / np.sqrt(n_in), (n_in, n_hidden))
        self.b1 = np.zeros((1, n_hidden))
        self.W2 = rng.normal(0, 1 / np.sqrt(n_hidden), (n_hidden, n_out))
        self.b2 = np.zeros((1, n_out))


def feedforward(self, X):
    self.h = np.tanh(X @ self.W1 + self.b1)
    s = self.h @ self.W2 + self.b2
    e = np.exp(s - s.max(axis=1, keepdims=True))
    self.p = e / e.sum(axis=1, keepdims=True)
    return self.p


def backprop(self, X, y, lr):
    n = X.shape[0]
    g = self.p.copy()
    g[np.arange(n), y] -= 1
    g /= n
    gh = (g @ self.W2.T) * (1 - self.h ** 2)
    self.W2 -= lr * self.h.T @ g
    self.b2 -= lr * g.sum(axis=0, keepdims=True)
    self.W1 -= lr * X.T @ gh
    self.b1 -= lr * gh.sum(axis=0, keepdims=True)
