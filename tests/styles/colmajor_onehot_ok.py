"""Column-major, one hidden layer, one-hot labels (10, m) made by the training code: correct."""
import numpy as np


def one_hot(labels):
    Y = np.zeros((10, labels.size))
    Y[labels, np.arange(labels.size)] = 1.0
    return Y


def forward_propagation(X, W1, b1, W2, b2):
    Z1 = np.dot(W1, X) + b1
    A1 = np.maximum(Z1, 0)
    Z2 = np.dot(W2, A1) + b2
    expZ = np.exp(Z2 - np.max(Z2, axis=0))
    A2 = expZ / np.sum(expZ, axis=0)
    return Z1, A1, Z2, A2


def backward_propagation(X, Y, Z1, A1, A2, W2):
    m = X.shape[1]
    dZ2 = A2 - Y
    dW2 = np.dot(dZ2, A1.T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dA1 = np.dot(W2.T, dZ2)
    dZ1 = dA1 * (Z1 > 0)
    dW1 = np.dot(dZ1, X.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return dW1, db1, dW2, db2


def train(X, labels, W1, b1, W2, b2, alpha=0.1, epochs=10):
    Y = one_hot(labels)
    for _ in range(epochs):
        Z1, A1, Z2, A2 = forward_propagation(X, W1, b1, W2, b2)
        dW1, db1, dW2, db2 = backward_propagation(X, Y, Z1, A1, A2, W2)
        W1, b1, W2, b2 = W1 - alpha * dW1, b1 - alpha * db1, W2 - alpha * dW2, b2 - alpha * db2
    return W1, b1, W2, b2
