"""A regression script whose hidden layer has no activation (``H = X @ W1 + b1``, then ``out = H @ W2 + b2``),
the mean of half the squared error and its gradient by hand: one name is both the layer's pre-activation and its
activation, so only the whole forward says the layer is linear (hidden `identity`): correct."""

import numpy as np

rng = np.random.default_rng(4)
X = rng.normal(size=(200, 3))
Y = X @ np.array([[1.5], [-2.0], [0.5]]) + 0.3

W1 = rng.normal(0.0, 0.5, (3, 5))
b1 = np.zeros((1, 5))
W2 = rng.normal(0.0, 0.5, (5, 1))
b2 = np.zeros((1, 1))
lr = 0.05

for step in range(300):
    H = X @ W1 + b1
    out = H @ W2 + b2
    err = out - Y
    loss = 0.5 * np.mean(np.sum(err ** 2, axis=1))
    g_out = err / len(X)
    g_W2 = H.T @ g_out
    g_b2 = g_out.sum(axis=0, keepdims=True)
    g_H = g_out @ W2.T
    g_W1 = X.T @ g_H
    g_b1 = g_H.sum(axis=0, keepdims=True)
    W1 -= lr * g_W1
    b1 -= lr * g_b1
    W2 -= lr * g_W2
    b2 -= lr * g_b2
print(round(float(loss), 5))
