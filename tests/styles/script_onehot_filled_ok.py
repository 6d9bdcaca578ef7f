"""A row-major script whose one-hot targets are filled in at top level by indexing (`targets[np.arange(n),
digits] = 1.0` into an array of zeros) before the training loop: ReLU hidden units, softmax, cross-entropy, the
batch size read from the data inside the loop: correct."""
import numpy as np

rng = np.random.default_rng(5)
n = 120
pixels = rng.random((n, 30))
digits = rng.integers(0, 5, n)
targets = np.zeros((n, 5))
targets[np.arange(n), digits] = 1.0
W1 = rng.normal(0.0, 0.2, (30, 12))
b1 = np.zeros((1, 12))
W2 = rng.normal(0.0, 0.2, (12, 5))
b2 = np.zeros((1, 5))
lr = 0.4

for epoch in range(300):
    m = pixels.shape[0]
    h = np.maximum(0.0, pixels @ W1 + b1)
    s = h @ W2 + b2
    e = np.exp(s - s.max(axis=1, keepdims=True))
    prob = e / e.sum(axis=1, keepdims=True)
    dz2 = (prob - targets) / m
    dW2 = h.T @ dz2
    db2 = dz2.sum(axis=0, keepdims=True)
    dh = dz2 @ W2.T
    dh[h <= 0] = 0.0
    dW1 = pixels.T @ dh
    db1 = dh.sum(axis=0, keepdims=True)
    W1 -= lr * dW1
    b1 -= lr * db1
    W2 -= lr * dW2
    b2 -= lr * db2
