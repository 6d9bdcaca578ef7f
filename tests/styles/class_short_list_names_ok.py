"""Class holding lists self.W, self.b and self.Z, self.A; backward(X, Y) returns (dW, db) lists, one-hot Y: correct."""
import numpy as np
class MLP:
    def __init__(self, layers=[784, 128, 10], activation='relu'):
        self.W = [np.random.randn(a, b) * 0.1 for a, b in zip(layers[:-1], layers[1:])]
        self.b = [np.zeros(b) for b in layers[1:]]
    def forward(self, X):
        self.Z, self.A = [], [X]
        for i, (W, b) in enumerate(zip(self.W, self.b)):
            Z = self.A[-1] @ W + b
            self.Z.append(Z)
            if i < len(self.W) - 1:
                self.A.append(np.maximum(0, Z))
            else:
                E = np.exp(Z - Z.max(1, keepdims=True)); self.A.append(E / E.sum(1, keepdims=True))
        return self.A[-1]
    def backward(self, X, Y):
        d = (self.A[-1] - Y) / X.shape[0]
        dW, db = [], []
        for i in reversed(range(len(self.W))):
            dW.insert(0, self.A[i].T @ d); db.insert(0, d.sum(0))
            if i: d = d @ self.W[i].T * (self.Z[i - 1] > 0)
        return dW, db
