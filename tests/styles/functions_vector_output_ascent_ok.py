"""Functions for a binary classifier whose one output unit's weights are a vector: its training function makes
`W2 = np.random.randn(H)` and `b2 = 0.0`, so the targets and the output are vectors too (`(T - Y) @ Z`). Each
derivative function returns the gradient of the summed log-likelihood it climbs (`log_likelihood(T, Y)`), and the
update adds it beside a weight decay (`W2 += rate * (gW2 - decay * W2)`). Tanh hidden units, sigmoid output."""
import numpy as np


def forward(X, W1, b1, W2, b2):
    Z = np.tanh(X @ W1 + b1)
    Y = 1.0 / (1.0 + np.exp(-(Z @ W2 + b2)))
    return Y, Z


def log_likelihood(T, Y):
    return np.sum(T * np.log(Y) + (1.0 - T) * np.log(1.0 - Y))


def derivative_w2(Z, T, Y):
    return (T - Y) @ Z


def derivative_b2(T, Y):
    return np.sum(T - Y)


def derivative_w1(X, Z, T, Y, W2):
    back = np.outer(T - Y, W2) * (1.0 - Z * Z)
    return X.T @ back


def derivative_b1(Z, T, Y, W2):
    back = np.outer(T - Y, W2) * (1.0 - Z * Z)
    return back.sum(axis=0)


def fit(X, T, hidden=6, rate=1e-3, decay=0.01, epochs=100):
    gen = np.random.default_rng(11)
    W1 = gen.standard_normal((X.shape[1], hidden))
    b1 = np.zeros(hidden)
    W2 = np.random.randn(hidden)
    b2 = 0.0
    history = []
    for _ in range(epochs):
        Y, Z = forward(X, W1, b1, W2, b2)
        history.append(log_likelihood(T, Y))
        gW2 = derivative_w2(Z, T, Y)
        gb2 = derivative_b2(T, Y)
        gW1 = derivative_w1(X, Z, T, Y, W2)
        gb1 = derivative_b1(Z, T, Y, W2)
        W2 += rate * (gW2 - decay * W2)
        b2 += rate * (gb2 - decay * b2)
        W1 += rate * (gW1 - decay * W1)
        b1 += rate * (gb1 - decay * b1)
    return W1, b1, W2, b2, history
