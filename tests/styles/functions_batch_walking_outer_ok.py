"""A backward that takes the whole batch and walks it itself: `retropropagacion(X, Y, W1, b1, W2, b2)` loops
over the samples by index, `np.outer(X[j], delta)` per sample, and returns the mean of their gradients; the
forward, `hacia_adelante(X, W1, b1, W2, b2)`, takes the batch as rows. Tanh hidden units, a softmax per row, the mean
cross-entropy. (np.outer alone would say one-sample code: indexing its own input says it is not.)"""
import numpy as np


def hacia_adelante(X, W1, b1, W2, b2):
    Z1 = X @ W1 + b1
    A1 = np.tanh(Z1)
    Z2 = A1 @ W2 + b2
    E = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
    return Z1, A1, Z2, E / E.sum(axis=1, keepdims=True)


def retropropagacion(X, Y, W1, b1, W2, b2):
    _, A1, _, P = hacia_adelante(X, W1, b1, W2, b2)
    n = X.shape[0]
    dW1, db1 = np.zeros_like(W1), np.zeros_like(b1)
    dW2, db2 = np.zeros_like(W2), np.zeros_like(b2)
    for j in range(n):
        d2 = P[j] - Y[j]
        d1 = (W2 @ d2) * (1 - A1[j] ** 2)
        dW2 += np.outer(A1[j], d2) / n
        db2 += d2 / n
        dW1 += np.outer(X[j], d1) / n
        db1 += d1 / n
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    gen = np.random.default_rng(4)
    X, Y = gen.normal(size=(40, 4)), np.eye(3)[gen.integers(0, 3, 40)]
    W1, b1 = gen.normal(0, 0.5, (4, 6)), np.zeros(6)
    W2, b2 = gen.normal(0, 0.5, (6, 3)), np.zeros(3)
    for _ in range(50):
        dW1, db1, dW2, db2 = retropropagacion(X, Y, W1, b1, W2, b2)
        W1, b1, W2, b2 = W1 - 0.5 * dW1, b1 - 0.5 * db1, W2 - 0.5 * dW2, b2 - 0.5 * db2
    print(-np.mean(np.sum(Y * np.log(hacia_adelante(X, W1, b1, W2, b2)[3]), axis=1)))
