"""Folded biases with the ones joined last, by a forward function the training loop calls
(`inp, hid1, out = propagate(X, V, W)`, whose `inp = np.hstack((data, np.ones((len(data), 1))))`): V is
(in + 1, hidden) and W (hidden + 1, 1), their last rows the biases; sigmoid units, one output unit, the binary
cross-entropy the file defines and prints."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def propagate(data, V, W):
    inp = np.hstack((data, np.ones((len(data), 1))))
    hid = sigmoid(inp @ V)
    hid1 = np.hstack((hid, np.ones((len(data), 1))))
    out = sigmoid(hid1 @ W)
    return inp, hid1, out


def bce(out, t):
    return -np.mean(t * np.log(out) + (1 - t) * np.log(1 - out))


gen = np.random.default_rng(5)
X = gen.uniform(-1, 1, size=(20, 3))
T = (X[:, :1] * X[:, 1:2] > 0).astype(float)
V = gen.normal(scale=0.5, size=(4, 5))
W = gen.normal(scale=0.5, size=(6, 1))
rate = 0.5

for epoch in range(2000):
    inp, hid1, out = propagate(X, V, W)
    loss = bce(out, T)
    g_out = (out - T) / len(X)
    g_hid = (g_out @ W[:-1].T) * hid1[:, :-1] * (1 - hid1[:, :-1])
    W -= rate * hid1.T @ g_out
    V -= rate * inp.T @ g_hid
    if epoch % 500 == 0:
        print(epoch, loss)
