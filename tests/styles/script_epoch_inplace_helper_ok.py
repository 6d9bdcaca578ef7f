"""A homework-style epoch function, epoch(X, y, W1, W2, lr, batch): it walks in-order mini-batches
(stop = min(start + batch, n); X[start:stop, :]), computes the output error in place (E = softmax; E -= onehot),
steps W1 itself and hands W2 to a helper that steps it in place (W -= lr * grad) from the hidden values. No
biases, ReLU hidden units, softmax + cross-entropy averaged over the batch: correct."""
import numpy as np


def mean_ce(Z, y):
    Z = Z - Z.max(axis=1, keepdims=True)
    return np.mean(np.log(np.exp(Z).sum(axis=1)) - Z[np.arange(len(y)), y])


def head_step(H, y, W, lr, batch):
    n = H.shape[0]
    for start in range(0, n, batch):
        stop = min(start + batch, n)
        Hb, yb = H[start:stop, :], y[start:stop]
        S = Hb @ W
        S = np.exp(S - S.max(axis=1, keepdims=True))
        S /= S.sum(axis=1, keepdims=True)
        S[np.arange(stop - start), yb] -= 1
        W -= lr * (Hb.T @ S) / (stop - start)


def epoch(X, y, W1, W2, lr=0.1, batch=50):
    n = X.shape[0]
    k = W2.shape[1]
    for start in range(0, n, batch):
        stop = min(start + batch, n)
        Xb = X[start:stop, :]
        yb = y[start:stop]
        size = stop - start
        A = Xb @ W1
        H = np.maximum(A, 0)
        Z = H @ W2
        onehot = np.zeros((size, k))
        onehot[np.arange(size), yb] = 1
        E = np.exp(Z - Z.max(axis=1, keepdims=True))
        E = E / E.sum(axis=1, keepdims=True)
        E -= onehot
        G = (E @ W2.T) * (A > 0)
        W1 -= lr * (Xb.T @ G) / size
        head_step(H, yb, W2, lr, batch)
