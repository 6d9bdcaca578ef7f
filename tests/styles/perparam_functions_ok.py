"""One derivative function per tensor, as a popular course writes them: forward(X, W1, b1, W2, b2) returns the output
Y and the hidden activations Z, and derivative_w2(Z, T, Y), derivative_b2(T, Y), derivative_w1(X, Z, T, Y, W2),
derivative_b1(T, Y, W2, Z) give each gradient (T the one-hot targets); sigmoid hidden units, softmax + mean
cross-entropy: correct."""
import numpy as np


def forward(X, W1, b1, W2, b2):
    Z = 1 / (1 + np.exp(-(X.dot(W1) + b1)))
    A = Z.dot(W2) + b2
    expA = np.exp(A - A.max(axis=1, keepdims=True))
    Y = expA / expA.sum(axis=1, keepdims=True)
    return Y, Z


def derivative_w2(Z, T, Y):
    return Z.T.dot(Y - T) / len(T)


def derivative_b2(T, Y):
    return (Y - T).sum(axis=0) / len(T)


def derivative_w1(X, Z, T, Y, W2):
    dZ = (Y - T).dot(W2.T) * Z * (1 - Z)
    return X.T.dot(dZ) / len(T)


def derivative_b1(T, Y, W2, Z):
    return ((Y - T).dot(W2.T) * Z * (1 - Z)).sum(axis=0) / len(T)
