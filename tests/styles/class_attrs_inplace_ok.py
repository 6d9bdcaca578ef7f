"""Class with attributes W1 .. b3 and a fixed two-hidden-layer constructor; backward(X, y, lr) updates in place: correct."""
import numpy as np


class MLP:
    def __init__(self, input_size, hidden1, hidden2, output_size, lr=0.01):
        self.lr = lr
        self.W1 = np.random.randn(input_size, hidden1) * np.sqrt(2.0 / input_size)
        self.b1 = np.zeros((1, hidden1))
        self.W2 = np.random.randn(hidden1, hidden2) * np.sqrt(2.0 / hidden1)
        self.b2 = np.zeros((1, hidden2))
        self.W3 = np.random.randn(hidden2, output_size) * np.sqrt(2.0 / hidden2)
        self.b3 = np.zeros((1, output_size))

    def forward(self, X):
        self.z1 = X @ self.W1 + self.b1
        self.a1 = np.maximum(0, self.z1)
        self.z2 = self.a1 @ self.W2 + self.b2
        self.a2 = np.maximum(0, self.z2)
        self.z3 = self.a2 @ self.W3 + self.b3
        shifted = self.z3 - np.max(self.z3, axis=1, keepdims=True)
        self.probs = np.exp(shifted) / np.sum(np.exp(shifted), axis=1, keepdims=True)
        return self.probs

    def backward(self, X, y, lr):
        m = X.shape[0]
        d3 = self.probs.copy()
        d3[range(m), y] -= 1
        d3 /= m
        dW3 = self.a2.T @ d3
        db3 = np.sum(d3, axis=0, keepdims=True)
        d2 = d3 @ self.W3.T * (self.z2 > 0)
        dW2 = self.a1.T @ d2
        db2 = np.sum(d2, axis=0, keepdims=True)
        d1 = d2 @ self.W2.T * (self.z1 > 0)
        dW1 = X.T @ d1
        db1 = np.sum(d1, axis=0, keepdims=True)
        self.W3 -= lr * dW3
        self.b3 -= lr * db3
        self.W2 -= lr * dW2
        self.b2 -= lr * db2
        self.W1 -= lr * dW1
        self.b1 -= lr * db1
