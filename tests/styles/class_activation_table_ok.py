"""The forward applies each layer's activation from a table of its own methods (self.relu, ..., self.softmax), so
its code never names the softmax; backward_propagation(Y, Y_hat) takes the output; weights in dicts by layer.
"""
import numpy as np


class DenseNet:
    def __init__(self, sizes, learning_rate=0.01):
        self.n = len(sizes) - 1
        self.W = {i: np.random.randn(sizes[i - 1], sizes[i]) * np.sqrt(2 / sizes[i - 1]) for i in range(1, self.n + 1)}
        self.b = {i: np.zeros((1, sizes[i])) for i in range(1, self.n + 1)}
        self.act = {i: self.relu for i in range(1, self.n)}
        self.act[self.n] = self.softmax
        self.lr = learning_rate

    def relu(self, z):
        return np.maximum(z, 0)

    def softmax(self, z):
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def forward_propagation(self, X):
        self.A, self.Z = {0: X}, {}
        for i in range(1, self.n + 1):
            self.Z[i] = self.A[i - 1] @ self.W[i] + self.b[i]
            self.A[i] = self.act[i](self.Z[i])
        return self.A[self.n]

    def backward_propagation(self, Y, Y_hat):
        m = Y.shape[0]
        dZ = (Y_hat - Y) / m
        self.dW, self.db = {}, {}
        for i in range(self.n, 0, -1):
            self.dW[i] = self.A[i - 1].T @ dZ
            self.db[i] = dZ.sum(axis=0, keepdims=True)
            if i > 1:
                dZ = (dZ @ self.W[i].T) * (self.Z[i - 1] > 0)
