"""Exit 2: the gradients are computed by back_prop_sample (a name xval does not look for), and update(), the method
xval finds, only applies what it collected: on its own update changes nothing, so it is not taken for the backward
(and not blamed for raising); the message names the likelier method, not `fprop`, its forward under another
name."""
import numpy as np


class Net:
    def __init__(self, sizes):
        self.W = [np.random.randn(m, n) * 0.1 for m, n in zip(sizes[:-1], sizes[1:])]
        self.b = [np.zeros(n) for n in sizes[1:]]
        self.pending = []

    def forward(self, X):
        self.a = [X]
        for i, (W, b) in enumerate(zip(self.W, self.b)):
            z = self.a[-1] @ W + b
            self.a.append(np.maximum(z, 0) if i < len(self.W) - 1 else np.exp(z) / np.exp(z).sum(axis=1, keepdims=True))
        return self.a[-1]

    def fprop(self, X):
        return self.forward(X)

    def back_prop_sample(self, X, Y):
        d = (self.a[-1] - Y) / len(X)
        grads = []
        for i in range(len(self.W) - 1, -1, -1):
            grads.insert(0, (self.a[i].T @ d, d.sum(axis=0)))
            d = (d @ self.W[i].T) * (self.a[i] > 0)
        self.pending.append(grads)

    def update(self):
        for grads in self.pending:
            for i, (gW, gb) in enumerate(grads):
                self.W[i] -= 0.1 * gW / len(self.pending)
                self.b[i] -= 0.1 * gb / len(self.pending)
        self.pending = []
