"""Functions for a binary classifier whose `cost(T, Y)` sums a log-likelihood one sample at a time, with a branch
on the label (`for i in range(len(T)): if T[i] == 1: total += np.log(Y[i]) else: total += np.log(1 - Y[i])`):
a sum over the batch, so the derivative functions' sums are its own gradient. The one output unit's weights are a
vector (`W2 = np.random.randn(H)`), the update climbs (`W2 += rate * derivative_w2(...)`). Sigmoid hidden units,
sigmoid output."""
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def forward(X, W1, b1, W2, b2):
    Z = sigmoid(X.dot(W1) + b1)
    Y = sigmoid(Z.dot(W2) + b2)
    return Y, Z


def cost(T, Y):
    total = 0
    for i in range(len(T)):
        if T[i] == 1:
            total += np.log(Y[i])
        else:
            total += np.log(1 - Y[i])
    return total


def derivative_w2(Z, T, Y):
    return (T - Y).dot(Z)


def derivative_b2(T, Y):
    return (T - Y).sum()


def derivative_w1(X, Z, T, Y, W2):
    dZ = np.outer(T - Y, W2) * Z * (1 - Z)
    return X.T.dot(dZ)


def derivative_b1(Z, T, Y, W2):
    dZ = np.outer(T - Y, W2) * Z * (1 - Z)
    return dZ.sum(axis=0)


def train(X, T, hidden=5, rate=0.01, epochs=500):
    W1 = np.random.randn(X.shape[1], hidden)
    b1 = np.zeros(hidden)
    W2 = np.random.randn(hidden)
    b2 = 0
    for _ in range(epochs):
        Y, Z = forward(X, W1, b1, W2, b2)
        gW2, gb2 = derivative_w2(Z, T, Y), derivative_b2(T, Y)
        gW1, gb1 = derivative_w1(X, Z, T, Y, W2), derivative_b1(Z, T, Y, W2)
        W2 += rate * gW2
        b2 += rate * gb2
        W1 += rate * gW1
        b1 += rate * gb1
    return W1, b1, W2, b2, cost(T, forward(X, W1, b1, W2, b2)[0])
