"""Binary classification with one sigmoid output unit: labels are 0/1 targets, reshaped to a column inside
backward; tanh hidden units, binary cross-entropy averaged over the batch (the loss it reports); correct."""
import numpy as np


class BinaryMLP:
    def __init__(self, n_features, n_hidden=16, seed=0):
        rng = np.random.default_rng(seed)
        self.W1 = rng.normal(0, 1 / np.sqrt(n_features), (n_features, n_hidden))
        self.b1 = np.zeros((1, n_hidden))
        self.W2 = rng.normal(0, 1 / np.sqrt(n_hidden), (n_hidden, 1))
        self.b2 = np.zeros((1, 1))

    def forward(self, X):
        self.Z1 = X @ self.W1 + self.b1
        self.A1 = np.tanh(self.Z1)
        self.Z2 = self.A1 @ self.W2 + self.b2
        self.A2 = 1 / (1 + np.exp(-self.Z2))
        return self.A2

    def loss(self, y, p):
        y = y.reshape(-1, 1)
        p = np.clip(p, 1e-12, 1 - 1e-12)
        return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))

    def backward(self, X, y):
        m = X.shape[0]
        y = y.reshape(-1, 1)
        dZ2 = (self.A2 - y) / m
        dZ1 = (dZ2 @ self.W2.T) * (1 - self.A1 ** 2)
        return {"dW1": X.T @ dZ1, "db1": dZ1.sum(axis=0, keepdims=True),
                "dW2": self.A1.T @ dZ2, "db2": dZ2.sum(axis=0, keepdims=True)}
