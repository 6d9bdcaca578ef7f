"""A script that shuffles into copies each epoch (``xs, ts = X[order], T[order]``) and slices its mini-batches
from those copies, its input and its targets alike (``lo, hi = k * batch, (k + 1) * batch``, then
``xb = xs[lo:hi]`` and ``tb = ts[lo:hi]``); relu hidden units, softmax output, mean cross-entropy, one-hot
targets."""

import numpy as np

rng = np.random.default_rng(3)
X = rng.normal(size=(240, 10))
labels = (X[:, 0] + X[:, 1] > 0).astype(int) + (X[:, 2] > 0.5).astype(int)
T = np.eye(3)[labels]

W1 = rng.normal(0.0, np.sqrt(2.0 / 10), (10, 16))
b1 = np.zeros((1, 16))
W2 = rng.normal(0.0, np.sqrt(1.0 / 16), (16, 3))
b2 = np.zeros((1, 3))
batch = 24
lr = 0.1

for epoch in range(20):
    order = rng.permutation(len(X))
    xs, ts = X[order], T[order]
    for k in range(len(xs) // batch):
        lo, hi = k * batch, (k + 1) * batch
        xb = xs[lo:hi]
        tb = ts[lo:hi]
        h = np.maximum(xb @ W1 + b1, 0.0)
        s = h @ W2 + b2
        e = np.exp(s - s.max(axis=1, keepdims=True))
        p = e / e.sum(axis=1, keepdims=True)
        loss = -np.mean(np.sum(tb * np.log(p + 1e-12), axis=1))
        d_s = (p - tb) / len(xb)
        d_W2 = h.T @ d_s
        d_b2 = d_s.sum(axis=0, keepdims=True)
        d_h = (d_s @ W2.T) * (h > 0)
        d_W1 = xb.T @ d_h
        d_b1 = d_h.sum(axis=0, keepdims=True)
        W2 -= lr * d_W2
        b2 -= lr * d_b2
        W1 -= lr * d_W1
        b1 -= lr * d_b1
    print(epoch, round(float(loss), 4))
