"""One derivative function per tensor, written for gradient ascent: the cost the file prints is the log-likelihood
sum(T log Y) over the batch, which it maximises, and its training adds each derivative times the rate. The
derivatives are that log-likelihood's gradient, minus the summed cross-entropy's: correct for the file's own
objective (tanh hidden units, softmax output, T the one-hot targets)."""
import numpy as np


def forward(X, W1, b1, W2, b2):
    H = np.tanh(X @ W1 + b1)
    S = H @ W2 + b2
    E = np.exp(S - S.max(axis=1, keepdims=True))
    Y = E / E.sum(axis=1, keepdims=True)
    return Y, H


def derivative_w2(H, T, Y):
    return H.T @ (T - Y)


def derivative_b2(T, Y):
    return (T - Y).sum(axis=0)


def derivative_w1(X, H, T, Y, W2):
    return X.T @ ((T - Y) @ W2.T * (1 - H * H))


def derivative_b1(T, Y, W2, H):
    return ((T - Y) @ W2.T * (1 - H * H)).sum(axis=0)


def cost(T, Y):
    return (T * np.log(Y)).sum()


def train(X, T, W1, b1, W2, b2, rate=1e-4, epochs=1000):
    for epoch in range(epochs):
        Y, H = forward(X, W1, b1, W2, b2)
        if epoch % 100 == 0:
            print(epoch, cost(T, Y))
        gW2, gb2 = derivative_w2(H, T, Y), derivative_b2(T, Y)
        gW1, gb1 = derivative_w1(X, H, T, Y, W2), derivative_b1(T, Y, W2, H)
        W2 += rate * gW2
        b2 += rate * gb2
        W1 += rate * gW1
        b1 += rate * gb1
    return W1, b1, W2, b2
