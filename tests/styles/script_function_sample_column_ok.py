"""A notebook-style trainer function: train(X, t, ...) makes its own weights, then walks the samples by index, each
passed to a forward function that turns it into a column itself (x[:, np.newaxis]); the gradients are written in
the loop and the weights reassigned (W1 = W1 - rate * dW1). Weights (in, out) used transposed, biases columns,
sigmoid hidden and output units, one output: binary cross-entropy's delta, out - t. Correct."""
import numpy as np


def logistic(z):
    return 1.0 / (1.0 + np.exp(-z))


def propagate(x, W1, b1, W2, b2):
    s = W1.T @ x[:, np.newaxis] + b1
    h = logistic(s)
    r = W2.T @ h + b2
    return s, h, r, logistic(r)


def train(X, t, rate=0.5, epochs=20, hidden=4):
    rng = np.random.default_rng(1)
    n, m = X.shape
    W1 = rng.normal(0, m ** -0.5, (m, hidden))
    b1 = np.zeros((hidden, 1))
    W2 = rng.normal(0, hidden ** -0.5, (hidden, 1))
    b2 = np.zeros((1, 1))
    for epoch in range(epochs):
        for k in range(n):
            s, h, r, out = propagate(X[k], W1, b1, W2, b2)
            e_out = out - t[k]
            dW2 = h @ e_out.T
            db2 = e_out
            e_hid = (W2 @ e_out) * h * (1 - h)
            dW1 = np.outer(X[k], e_hid)
            db1 = e_hid
            W1 = W1 - rate * dW1
            b1 = b1 - rate * db1
            W2 = W2 - rate * dW2
            b2 = b2 - rate * db2
    return W1, b1, W2, b2


if __name__ == "__main__":
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    t = np.array([[0.0], [1.0], [1.0], [0.0]])
    train(X, t)
