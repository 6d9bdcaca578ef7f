"""A column-major class whose backward collects a (dW, db) pair per layer from the output down and returns the
list turned around (`return grads[::-1]`): tanh hidden units, softmax, cross-entropy, one-hot columns."""
import numpy as np


class PairNet:
    def __init__(self, n_in, hidden, n_out, seed=7):
        rng = np.random.default_rng(seed)
        sizes = [n_in, *hidden, n_out]
        self.W = [rng.normal(0, 1 / np.sqrt(a), (b, a)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.b = [np.zeros((b, 1)) for b in sizes[1:]]

    def forward(self, X):
        self.A = [X]
        self.Z = []
        for k, (W, b) in enumerate(zip(self.W, self.b)):
            self.Z.append(W @ self.A[-1] + b)
            if k < len(self.W) - 1:
                self.A.append(np.tanh(self.Z[-1]))
        e = np.exp(self.Z[-1] - self.Z[-1].max(axis=0, keepdims=True))
        self.A.append(e / e.sum(axis=0, keepdims=True))
        return self.A[-1]

    def backward(self, X, Y):
        m = X.shape[1]
        dZ = (self.A[-1] - Y) / m
        grads = []
        for k in range(len(self.W) - 1, -1, -1):
            grads.append((dZ @ self.A[k].T, dZ.sum(axis=1, keepdims=True)))
            if k > 0:
                dZ = (self.W[k].T @ dZ) * (1 - self.A[k] ** 2)
        return grads[::-1]
