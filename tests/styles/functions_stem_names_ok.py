"""Functions named by a known stem and a word of the file's own (`forward_sweep`, `backward_sweep`), none of the
usual names defined: column-major deeplearning.ai-style arguments, unpacked, the forward returning every value."""

import numpy as np


def relu(Z):
    return np.maximum(0, Z)


def softmax(Z):
    E = np.exp(Z - Z.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)


def forward_sweep(X, W1, b1, W2, b2):
    Z1 = W1 @ X + b1
    A1 = relu(Z1)
    Z2 = W2 @ A1 + b2
    A2 = softmax(Z2)
    return Z1, A1, Z2, A2


def backward_sweep(X, Y, W2, Z1, A1, A2):
    m = X.shape[1]
    dZ2 = (A2 - Y) / m
    dW2 = dZ2 @ A1.T
    db2 = dZ2.sum(axis=1, keepdims=True)
    dZ1 = (W2.T @ dZ2) * (Z1 > 0)
    dW1 = dZ1 @ X.T
    db1 = dZ1.sum(axis=1, keepdims=True)
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    rng = np.random.default_rng(4)
    X = rng.normal(size=(6, 40))
    Y = np.eye(3)[:, rng.integers(0, 3, 40)]
    W1, b1 = rng.normal(size=(8, 6)) * 0.3, np.zeros((8, 1))
    W2, b2 = rng.normal(size=(3, 8)) * 0.3, np.zeros((3, 1))
    for _ in range(300):
        Z1, A1, Z2, A2 = forward_sweep(X, W1, b1, W2, b2)
        dW1, db1, dW2, db2 = backward_sweep(X, Y, W2, Z1, A1, A2)
        W1, b1, W2, b2 = W1 - 0.5 * dW1, b1 - 0.5 * db1, W2 - 0.5 * dW2, b2 - 0.5 * db2
    print(-np.mean(np.sum(Y * np.log(forward_sweep(X, W1, b1, W2, b2)[3]), axis=0)))
