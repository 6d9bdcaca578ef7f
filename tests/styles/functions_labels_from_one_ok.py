"""A port of a MATLAB exercise: its classes are numbered from 1 (the digit 0 stored as 10), so the backward builds
its one-hot table column by column with y == k + 1. Functions forward_propagation(X, W1, b1, W2, b2) -> (a1, a2)
and backward_propagation(X, y, a1, a2, W2) -> gradients; sigmoid hidden units, softmax + cross-entropy averaged
over the batch: correct (xval passes its labels plus one, and says so)."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward_propagation(X, W1, b1, W2, b2):
    a1 = sigmoid(X @ W1 + b1)
    z2 = a1 @ W2 + b2
    e = np.exp(z2 - z2.max(axis=1, keepdims=True))
    return a1, e / e.sum(axis=1, keepdims=True)


def backward_propagation(X, y, a1, a2, W2):
    m, num_labels = a2.shape
    Y = np.zeros((m, num_labels))
    for k in range(num_labels):
        Y[:, k] = (y == k + 1)
    delta2 = (a2 - Y) / m
    dW2 = a1.T @ delta2
    db2 = delta2.sum(axis=0, keepdims=True)
    delta1 = (delta2 @ W2.T) * a1 * (1 - a1)
    dW1 = X.T @ delta1
    db1 = delta1.sum(axis=0, keepdims=True)
    return dW1, db1, dW2, db2
