"""A top-level regression script whose one linear output unit is squeezed to a vector (`pred = (H @ W2 +
b2).ravel()`) and compared with targets that are a vector too (`err = pred - tb`), mini-batches drawn by a generator
of its own; module-level weights, W (in, out), biases (n,). Sigmoid hidden units, identity output, mean squared
error."""
import numpy as np

rng = np.random.default_rng(3)
X = rng.standard_normal((120, 3))
t = X @ np.array([1.5, -2.0, 0.5]) + 0.3 * np.sin(X[:, 0])

W1 = rng.standard_normal((3, 10)) * 0.5
b1 = np.zeros(10)
W2 = rng.standard_normal((10, 1)) * 0.5
b2 = np.zeros(1)
step = 0.05


def batches(inputs, targets, size):
    order = rng.permutation(len(inputs))
    for i in range(0, len(inputs), size):
        pick = order[i:i + size]
        yield inputs[pick], targets[pick]


for epoch in range(200):
    for xb, tb in batches(X, t, 16):
        H = 1.0 / (1.0 + np.exp(-(xb @ W1 + b1)))
        pred = (H @ W2 + b2).ravel()
        err = pred - tb
        loss = np.mean(err ** 2)
        g = (2.0 / len(xb)) * err[:, None]
        gW2 = H.T @ g
        gb2 = g.sum(axis=0)
        gH = (g @ W2.T) * H * (1.0 - H)
        gW1 = xb.T @ gH
        gb1 = gH.sum(axis=0)
        W2 -= step * gW2
        b2 -= step * gb2
        W1 -= step * gW1
        b1 -= step * gb1

print("final loss", loss)
