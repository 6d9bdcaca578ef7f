"""Unpacked row-major arguments; backward(X, y, W1, b1, W2, b2, lr) redoes the forward and returns the new parameters: correct."""
import numpy as np
def forward(X, W1, b1, W2, b2):
    Z1 = X.dot(W1) + b1
    A1 = np.maximum(Z1, 0)
    Z2 = A1.dot(W2) + b2
    E = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
    return Z1, A1, Z2, E / E.sum(axis=1, keepdims=True)
def backward(X, y, W1, b1, W2, b2, lr):
    Z1, A1, Z2, A2 = forward(X, W1, b1, W2, b2)
    n = X.shape[0]
    d2 = A2.copy(); d2[range(n), y] -= 1; d2 /= n
    d1 = d2.dot(W2.T) * (Z1 > 0)
    W2 = W2 - lr * A1.T.dot(d2); b2 = b2 - lr * d2.sum(axis=0)
    W1 = W1 - lr * X.T.dot(d1); b1 = b1 - lr * d1.sum(axis=0)
    return W1, b1, W2, b2
