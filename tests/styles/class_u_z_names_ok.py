"""The textbook naming where u is a layer's weighted input and z its output (u = z_prev @ W + b, z = f(u)):
a class keeping the lists `self.u` and `self.z` (the input first in z), sigmoid hidden units, softmax output,
cross-entropy averaged over the batch, gradients returned in a dict keyed "W1", "b1", ... Read as the file
names them, z is the activation here, not the pre-activation."""
import numpy as np


def sigmoid(u):
    return 1 / (1 + np.exp(-u))


def softmax(u):
    e = np.exp(u - np.max(u, axis=1, keepdims=True))
    return e / np.sum(e, axis=1, keepdims=True)


class Model:
    def __init__(self, n_in, n_hidden, n_out):
        self.params = {}
        sizes = [n_in, *n_hidden, n_out]
        for l in range(1, len(sizes)):
            self.params[f"W{l}"] = np.random.randn(sizes[l - 1], sizes[l]) * np.sqrt(1 / sizes[l - 1])
            self.params[f"b{l}"] = np.zeros(sizes[l])
        self.L = len(sizes) - 1

    def forward(self, x):
        self.u, self.z = [None], [x]
        for l in range(1, self.L + 1):
            u = self.z[l - 1] @ self.params[f"W{l}"] + self.params[f"b{l}"]
            self.u.append(u)
            self.z.append(softmax(u) if l == self.L else sigmoid(u))
        return self.z[-1]

    def gradient(self, x, t):
        y = self.forward(x)
        grads = {}
        delta = (y - t) / x.shape[0]
        for l in range(self.L, 0, -1):
            grads[f"W{l}"] = self.z[l - 1].T @ delta
            grads[f"b{l}"] = delta.sum(axis=0)
            if l > 1:
                delta = (delta @ self.params[f"W{l}"].T) * self.z[l - 1] * (1 - self.z[l - 1])
        return grads
