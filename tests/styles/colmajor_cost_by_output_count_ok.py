"""Column-major, one hidden layer, with a cost function written for either head: binary cross-entropy when
the network has one output row, the categorical cross-entropy otherwise (``if n_out == 1: ... else: ...``). The
network has ten softmax outputs, so its loss is the cross-entropy: correct."""
import numpy as np


def forward_propagation(X, W1, b1, W2, b2):
    Z1 = W1 @ X + b1
    A1 = np.maximum(Z1, 0.0)
    Z2 = W2 @ A1 + b2
    shifted = np.exp(Z2 - Z2.max(axis=0, keepdims=True))
    A2 = shifted / shifted.sum(axis=0, keepdims=True)
    return Z1, A1, Z2, A2


def compute_cost(A2, Y):
    n_out, m = Y.shape
    if n_out == 1:
        total = -(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)).sum()
    else:
        total = -(Y * np.log(A2)).sum()
    return total / m


def backward_propagation(X, Y, Z1, A1, A2, W2):
    m = X.shape[1]
    dZ2 = (A2 - Y) / m
    dW2 = dZ2 @ A1.T
    db2 = dZ2.sum(axis=1, keepdims=True)
    dZ1 = (W2.T @ dZ2) * (Z1 > 0)
    dW1 = dZ1 @ X.T
    db1 = dZ1.sum(axis=1, keepdims=True)
    return dW1, db1, dW2, db2


def train(X, Y, W1, b1, W2, b2, rate=0.1, epochs=5):
    for _ in range(epochs):
        Z1, A1, Z2, A2 = forward_propagation(X, W1, b1, W2, b2)
        print("cost", compute_cost(A2, Y))
        dW1, db1, dW2, db2 = backward_propagation(X, Y, Z1, A1, A2, W2)
        W1, b1 = W1 - rate * dW1, b1 - rate * db1
        W2, b2 = W2 - rate * dW2, b2 - rate * db2
    return W1, b1, W2, b2
