"""The textbook network's mini-batch step under a name of its own: `apply_batch(samples, rate)` calls the
per-sample `gradients(x, y)` on each (x, y) pair of its batch, sums what it returns, and steps the weights once by
the mean. The whole step is what is judged (its backprop alone would hide an update made inside the loop).
Column samples, tanh hidden units, sigmoid output, `error_derivative(a, y) = a - y` (the squared error)."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class Net:
    def __init__(self, sizes):
        self.sizes = sizes
        self.W = [np.random.randn(n, m) / np.sqrt(m) for m, n in zip(sizes[:-1], sizes[1:])]
        self.B = [np.zeros((n, 1)) for n in sizes[1:]]

    def feedforward(self, a):
        for i, (w, b) in enumerate(zip(self.W, self.B)):
            z = w @ a + b
            a = sigmoid(z) if i == len(self.W) - 1 else np.tanh(z)
        return a

    def gradients(self, x, y):
        acts, zs = [x], []
        for i, (w, b) in enumerate(zip(self.W, self.B)):
            zs.append(w @ acts[-1] + b)
            acts.append(sigmoid(zs[-1]) if i == len(self.W) - 1 else np.tanh(zs[-1]))
        gw, gb = [None] * len(self.W), [None] * len(self.B)
        delta = self.error_derivative(acts[-1], y) * acts[-1] * (1 - acts[-1])
        for i in reversed(range(len(self.W))):
            gw[i] = delta @ acts[i].T
            gb[i] = delta
            if i:
                delta = (self.W[i].T @ delta) * (1 - acts[i] ** 2)
        return gw, gb

    def error_derivative(self, a, y):
        return a - y

    def apply_batch(self, samples, rate):
        sum_w = [np.zeros_like(w) for w in self.W]
        sum_b = [np.zeros_like(b) for b in self.B]
        for x, y in samples:
            gw, gb = self.gradients(x, y)
            sum_w = [s + g for s, g in zip(sum_w, gw)]
            sum_b = [s + g for s, g in zip(sum_b, gb)]
        self.W = [w - rate / len(samples) * s for w, s in zip(self.W, sum_w)]
        self.B = [b - rate / len(samples) * s for b, s in zip(self.B, sum_b)]
