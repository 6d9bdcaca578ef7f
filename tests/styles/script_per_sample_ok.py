"""One sample at a time: the loop walks zip(X, T) with 1-D vectors, sigmoid units, a squared error per sample, a
constant rate written in the updates; the network is its own 2-3-1 (an XOR toy)."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
T = np.array([[0.0], [1.0], [1.0], [0.0]])
rng = np.random.default_rng(1)
V = rng.uniform(-1, 1, (2, 3))
c = np.zeros(3)
U = rng.uniform(-1, 1, (3, 1))
d = np.zeros(1)

for sweep in range(5000):
    total = 0.0
    for x, t in zip(X, T):
        h = sigmoid(x @ V + c)
        o = sigmoid(h @ U + d)
        err = 0.5 * np.sum((o - t) ** 2)
        total += err
        do = (o - t) * o * (1 - o)
        dh = (U @ do) * h * (1 - h)
        U -= 0.5 * np.outer(h, do)
        d -= 0.5 * do
        V -= 0.5 * np.outer(x, dh)
        c -= 0.5 * dh
    if sweep % 1000 == 0:
        print(sweep, total)
