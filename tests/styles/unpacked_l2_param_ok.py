"""Functions taking each tensor, a backward that takes the L2 strength its cost function adds (reg / 2 times the
summed squared weights, biases not penalised)."""
import numpy as np


def forward(X, W1, b1, W2, b2):
    Z1 = X @ W1 + b1
    A1 = np.maximum(Z1, 0)
    Z2 = A1 @ W2 + b2
    E = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
    A2 = E / E.sum(axis=1, keepdims=True)
    return Z1, A1, Z2, A2


def compute_cost(A2, Y, W1, W2, reg):
    m = Y.shape[0]
    data = -np.sum(Y * np.log(A2 + 1e-12)) / m
    return data + reg / 2 * (np.sum(W1 * W1) + np.sum(W2 * W2))


def backward(X, Y, Z1, A1, A2, W1, W2, reg):
    m = X.shape[0]
    dZ2 = (A2 - Y) / m
    dW2 = A1.T @ dZ2 + reg * W2
    db2 = dZ2.sum(axis=0, keepdims=True)
    dZ1 = dZ2 @ W2.T * (Z1 > 0)
    dW1 = X.T @ dZ1 + reg * W1
    db1 = dZ1.sum(axis=0, keepdims=True)
    return dW1, db1, dW2, db2


if __name__ == "__main__":
    rng = np.random.default_rng(5)
    X = rng.random((50, 8))
    Y = np.eye(4)[rng.integers(0, 4, 50)]
    W1, b1 = rng.normal(0, 0.3, (8, 16)), np.zeros((1, 16))
    W2, b2 = rng.normal(0, 0.3, (16, 4)), np.zeros((1, 4))
    for it in range(200):
        Z1, A1, Z2, A2 = forward(X, W1, b1, W2, b2)
        print(compute_cost(A2, Y, W1, W2, 1e-3))
        dW1, db1, dW2, db2 = backward(X, Y, Z1, A1, A2, W1, W2, 1e-3)
        W1, b1, W2, b2 = W1 - 0.1 * dW1, b1 - 0.1 * db1, W2 - 0.1 * dW2, b2 - 0.1 * db2
