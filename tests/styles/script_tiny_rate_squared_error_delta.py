"""Bug: by the loss rule. A script that trains a 784-20-10 sigmoid network written out in one function, at a
small constant rate in its updates (``w_in -= 0.0002 * grad_in``), with no loss written: its output delta
``(out - targets) * out * (1 - out)`` is the squared error's, not binary cross-entropy's, the loss of its sigmoid
output. No biases. The squared error's gradient is named, and nothing else: its changes are small beside its
weights, so an implied gradient carries the rounding of that rate, not of xval's."""

import numpy as np


def logistic(v):
    return 1.0 / (1.0 + np.exp(-v))


def fit(images, targets, rounds):
    rng = np.random.default_rng(2)
    w_in = rng.uniform(-0.05, 0.05, (784, 20))
    w_out = rng.uniform(-0.3, 0.3, (20, 10))
    for _ in range(rounds):
        hid = logistic(images @ w_in)
        out = logistic(hid @ w_out)
        d_out = (out - targets) * out * (1 - out)
        d_hid = (d_out @ w_out.T) * hid * (1 - hid)
        grad_out = hid.T @ d_out
        grad_in = images.T @ d_hid
        w_out -= 0.0002 * grad_out
        w_in -= 0.0002 * grad_in
    return w_in, w_out


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    images = rng.random((64, 784))
    targets = np.eye(10)[rng.integers(0, 10, 64)]
    w_in, w_out = fit(images, targets, 50)
    print(w_out.sum())
