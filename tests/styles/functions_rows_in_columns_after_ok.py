"""Functions that take the samples as rows but compute every layer as columns: forward(X, W1, b1, W2, b2) starts
with W1 @ X.T + b1 (W (out, in), biases (n, 1)), returns the hidden and output activations as (n, batch), and
backward(X, Y, H, P, W2) reads the one-hot labels as rows, transposed where they meet the columns (P - Y.T).
Sigmoid hidden units, softmax + cross-entropy averaged over the batch: correct."""
import numpy as np


def sigmoid(Z):
    return 1.0 / (1.0 + np.exp(-Z))


def softmax(Z):
    E = np.exp(Z - Z.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)


def forward(X, W1, b1, W2, b2):
    H = sigmoid(W1 @ X.T + b1)
    P = softmax(W2 @ H + b2)
    return H, P


def cross_entropy(P, Y):
    return -np.sum(Y.T * np.log(P + 1e-12)) / Y.shape[0]


def backward(X, Y, H, P, W2):
    n = X.shape[0]
    G2 = (P - Y.T) / n
    dW2 = G2 @ H.T
    db2 = G2.sum(axis=1, keepdims=True)
    G1 = (W2.T @ G2) * H * (1 - H)
    dW1 = G1 @ X
    db1 = G1.sum(axis=1, keepdims=True)
    return dW1, db1, dW2, db2


def fit(X, Y, W1, b1, W2, b2, rate=0.5, epochs=200):
    for _ in range(epochs):
        H, P = forward(X, W1, b1, W2, b2)
        loss = cross_entropy(P, Y)
        dW1, db1, dW2, db2 = backward(X, Y, H, P, W2)
        W1 -= rate * dW1
        b1 -= rate * db1
        W2 -= rate * dW2
        b2 -= rate * db2
    return loss
