"""Class with a dropout rate per hidden layer in its constructor (`drop_p1=0.3, drop_p2=0.3`, inverted dropout
applied by forward in training mode, its masks reused by backward); relu units, softmax, one-hot cross-entropy:
correct. xval builds it with both rates 0 (dropout off), so one call is the deterministic network the oracles take,
and says so."""
import numpy as np


class DropNet:
    def __init__(self, n_in, n_h1, n_h2, n_out, drop_p1=0.3, drop_p2=0.3):
        rng = np.random.default_rng(8)
        self.W1 = rng.normal(0.0, np.sqrt(2.0 / n_in), (n_in, n_h1))
        self.W2 = rng.normal(0.0, np.sqrt(2.0 / n_h1), (n_h1, n_h2))
        self.W3 = rng.normal(0.0, np.sqrt(2.0 / n_h2), (n_h2, n_out))
        self.b1, self.b2, self.b3 = np.zeros((1, n_h1)), np.zeros((1, n_h2)), np.zeros((1, n_out))
        self.drop_p1, self.drop_p2 = drop_p1, drop_p2

    def forward(self, X, training=True):
        self.z1 = X @ self.W1 + self.b1
        self.h1 = np.maximum(self.z1, 0.0)
        self.m1 = (np.random.rand(*self.h1.shape) > self.drop_p1) / (1.0 - self.drop_p1) if training else 1.0
        self.h1 = self.h1 * self.m1
        self.z2 = self.h1 @ self.W2 + self.b2
        self.h2 = np.maximum(self.z2, 0.0)
        self.m2 = (np.random.rand(*self.h2.shape) > self.drop_p2) / (1.0 - self.drop_p2) if training else 1.0
        self.h2 = self.h2 * self.m2
        z3 = self.h2 @ self.W3 + self.b3
        e = np.exp(z3 - z3.max(axis=1, keepdims=True))
        self.p = e / e.sum(axis=1, keepdims=True)
        return self.p

    def backward(self, X, Y):
        n = X.shape[0]
        d3 = (self.p - Y) / n
        d2 = (d3 @ self.W3.T) * self.m2 * (self.z2 > 0)
        d1 = (d2 @ self.W2.T) * self.m1 * (self.z1 > 0)
        return {"W3": self.h2.T @ d3, "b3": d3.sum(axis=0, keepdims=True),
                "W2": self.h1.T @ d2, "b2": d2.sum(axis=0, keepdims=True),
                "W1": X.T @ d1, "b1": d1.sum(axis=0, keepdims=True)}
