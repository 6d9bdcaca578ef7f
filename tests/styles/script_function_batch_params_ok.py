"""A trainer function whose batch size and rate are its parameters, run(width, epochs, batch_size, lr): it loads
its data itself, walks mini-batches through slice bounds it computes first (lo = s * batch_size; hi = lo +
batch_size; xb = X[lo:hi]), and uses each batch's one-hot rows transposed (yb.T) beside column activations.
ReLU hidden units, softmax + cross-entropy, the mean over the batch: correct."""
import numpy as np


def run(width, epochs, batch_size, lr):
    data = np.load("digits.npz")
    X, Y = data["x"], data["y"]
    rng = np.random.default_rng(0)
    W1 = rng.normal(0, 0.05, (width, X.shape[1]))
    b1 = np.zeros((width, 1))
    W2 = rng.normal(0, 0.05, (Y.shape[1], width))
    b2 = np.zeros((Y.shape[1], 1))
    steps = X.shape[0] // batch_size
    for epoch in range(epochs):
        for s in range(steps):
            lo = s * batch_size
            hi = lo + batch_size
            xb = X[lo:hi]
            yb = Y[lo:hi]
            h_in = W1 @ xb.T + b1
            h = np.maximum(h_in, 0)
            o = W2 @ h + b2
            e = np.exp(o - o.max(axis=0, keepdims=True))
            p = e / e.sum(axis=0, keepdims=True)
            g2 = (p - yb.T) / batch_size
            dW2 = g2 @ h.T
            db2 = g2.sum(axis=1, keepdims=True)
            g1 = (W2.T @ g2) * (h_in > 0)
            dW1 = g1 @ xb
            db1 = g1.sum(axis=1, keepdims=True)
            W1 -= lr * dW1
            b1 -= lr * db1
            W2 -= lr * dW2
            b2 -= lr * db2
    return W1, b1, W2, b2


if __name__ == "__main__":
    run(64, 5, 32, 0.1)
