"""Functions whose backward returns the layers' deltas, not gradients: `backward_pass(y, h, out, W2)` gives
`(d_out, d_hid)` and `train(X, y, hidden=8, lr=0.5, epochs=...)` makes its own weights and forms the gradients
inline, stepping in the ascent convention (`W2 += lr * h.T @ d_out` with d_out = y - out)."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward_pass(X, W1, b1, W2, b2):
    h = sigmoid(X @ W1 + b1)
    out = sigmoid(h @ W2 + b2)
    return h, out


def backward_pass(y, h, out, W2):
    d_out = (y - out) * out * (1.0 - out)
    d_hid = (d_out @ W2.T) * h * (1.0 - h)
    return d_out, d_hid


def train(X, y, *, hidden=8, lr=0.5, epochs=2000, seed=3):
    rng = np.random.default_rng(seed)
    W1 = rng.normal(0, 1, (X.shape[1], hidden))
    b1 = np.zeros((1, hidden))
    W2 = rng.normal(0, 1, (hidden, y.shape[1]))
    b2 = np.zeros((1, y.shape[1]))
    losses = []
    for _ in range(epochs):
        h, out = forward_pass(X, W1, b1, W2, b2)
        losses.append(squared_error(y, out))
        d_out, d_hid = backward_pass(y, h, out, W2)
        W2 += lr * h.T @ d_out
        b2 += lr * d_out.sum(axis=0, keepdims=True)
        W1 += lr * X.T @ d_hid
        b1 += lr * d_hid.sum(axis=0, keepdims=True)
    return W1, b1, W2, b2, losses


def squared_error(y, out):
    return 0.5 * np.sum((y - out) ** 2)


if __name__ == "__main__":
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    y = np.array([[0], [1], [1], [0]], dtype=float)
    print(train(X, y)[3])
