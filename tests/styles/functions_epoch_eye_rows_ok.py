"""A function that runs one epoch of mini-batch SGD over weights it is given, modifying them in place, whose
labels only ever appear as the rows of an identity matrix they pick (``target = np.eye(W2.shape[1])[yb]``, then
``G2 = probs - target``): the name indexing ``np.eye`` is read as the labels. No biases, ReLU hidden units,
softmax outputs, integer labels, cross-entropy averaged over the batch."""

import numpy as np


def run_epoch(X, y, W1, W2, lr=0.1, bs=50):
    for k in range(X.shape[0] // bs):
        xb = X[k * bs:(k + 1) * bs]
        yb = y[k * bs:(k + 1) * bs]
        H = np.maximum(xb @ W1, 0)
        S = H @ W2
        S = S - S.max(axis=1, keepdims=True)
        probs = np.exp(S) / np.exp(S).sum(axis=1, keepdims=True)
        target = np.eye(W2.shape[1])[yb]
        G2 = (probs - target) / bs
        G1 = (G2 @ W2.T) * (H > 0)
        W1 -= lr * xb.T @ G1
        W2 -= lr * H.T @ G2


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 6))
    y = np.argmax(X[:, :4], axis=1)
    W1 = rng.normal(0, 0.4, (6, 16))
    W2 = rng.normal(0, 0.4, (16, 4))
    for epoch in range(20):
        run_epoch(X, y, W1, W2)
    print(np.mean(np.argmax(np.maximum(X @ W1, 0) @ W2, axis=1) == y))
