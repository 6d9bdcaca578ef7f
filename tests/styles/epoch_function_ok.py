"""A homework-style epoch function: no forward to call, one function that walks the data in mini-batches and
updates the weight arrays it is given in place (returning nothing); the data is loaded only by a main block."""
import numpy as np


def softmax_rows(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def sgd_epoch(X, y, W1, b1, W2, b2, lr=0.1, batch=50):
    n, k = X.shape[0], W2.shape[1]
    for start in range(0, n, batch):
        xb, yb = X[start:start + batch], y[start:start + batch]
        hidden = np.maximum(xb @ W1 + b1, 0)
        probs = softmax_rows(hidden @ W2 + b2)
        target = np.zeros((len(yb), k))
        target[np.arange(len(yb)), yb] = 1
        g2 = (probs - target) / len(yb)
        g1 = (g2 @ W2.T) * (hidden > 0)
        W2 -= lr * (hidden.T @ g2)
        b2 -= lr * g2.sum(axis=0)
        W1 -= lr * (xb.T @ g1)
        b1 -= lr * g1.sum(axis=0)


if __name__ == "__main__":
    data = np.load("mnist_train.npz")
    rng = np.random.default_rng(0)
    W1, b1 = rng.normal(0, 0.05, (784, 100)), np.zeros(100)
    W2, b2 = rng.normal(0, 0.05, (100, 10)), np.zeros(10)
    for epoch in range(10):
        sgd_epoch(data["x"] / 255.0, data["y"], W1, b1, W2, b2)
