"""Class whose constructor takes no sizes (784-64-10 built in), column-major W (out, in), b (out, 1); train_step(X, Y, lr) updates in place: correct."""
import numpy as np


class TwoLayerNet:
    def __init__(self):
        self.W1 = np.random.randn(64, 784) * np.sqrt(1.0 / 784)
        self.b1 = np.zeros((64, 1))
        self.W2 = np.random.randn(10, 64) * np.sqrt(1.0 / 64)
        self.b2 = np.zeros((10, 1))

    def forward(self, X):
        self.X = X
        self.Z1 = self.W1 @ X + self.b1
        self.A1 = np.maximum(self.Z1, 0)
        self.Z2 = self.W2 @ self.A1 + self.b2
        exps = np.exp(self.Z2 - self.Z2.max(axis=0, keepdims=True))
        self.A2 = exps / exps.sum(axis=0, keepdims=True)
        return self.A2

    def train_step(self, X, Y, lr):
        m = X.shape[1]
        A2 = self.forward(X)
        dZ2 = (A2 - Y) / m
        dZ1 = (self.W2.T @ dZ2) * (self.Z1 > 0)
        self.W2 -= lr * dZ2 @ self.A1.T
        self.b2 -= lr * dZ2.sum(axis=1, keepdims=True)
        self.W1 -= lr * dZ1 @ X.T
        self.b1 -= lr * dZ1.sum(axis=1, keepdims=True)
