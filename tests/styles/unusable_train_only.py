"""Exit 2: one train() does forward, backward and the update inline; there is nothing to call on one batch."""
import numpy as np


def train(X, y, epochs=10, lr=0.1):
    W = np.random.randn(X.shape[1], 10) * 0.01
    for _ in range(epochs):
        s = X @ W
        p = np.exp(s - s.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        p[np.arange(len(y)), y] -= 1
        W -= lr * X.T @ p / len(y)
    return W
