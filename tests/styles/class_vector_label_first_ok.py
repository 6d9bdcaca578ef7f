"""A class written for one sample as a flat vector: forward(x) keeps its caches in a dict and returns the output
vector; backward(label, output) takes the integer label first and the forward's output second, builds the one-hot
target itself, and returns a dict of gradients built with np.outer. Tanh hidden units, softmax + cross-entropy:
correct."""
import numpy as np


class TinyNet:
    def __init__(self, sizes, lr=0.05):
        rng = np.random.default_rng(0)
        self.p = {}
        for k in range(1, len(sizes)):
            self.p[f"W{k}"] = rng.normal(0, sizes[k - 1] ** -0.5, (sizes[k], sizes[k - 1]))
            self.p[f"b{k}"] = np.zeros(sizes[k])
        self.n = len(sizes) - 1
        self.lr = lr
        self.cache = {}

    def forward(self, x):
        a = x
        self.cache["a0"] = x
        for k in range(1, self.n + 1):
            z = self.p[f"W{k}"] @ a + self.p[f"b{k}"]
            if k < self.n:
                a = np.tanh(z)
            else:
                e = np.exp(z - z.max())
                a = e / e.sum()
            self.cache[f"a{k}"] = a
        return a

    def backward(self, label, output):
        target = np.zeros(output.shape[0])
        target[label] = 1.0
        grads = {}
        delta = output - target
        for k in range(self.n, 0, -1):
            grads[f"W{k}"] = np.outer(delta, self.cache[f"a{k - 1}"])
            grads[f"b{k}"] = delta
            if k > 1:
                delta = (self.p[f"W{k}"].T @ delta) * (1 - self.cache[f"a{k - 1}"] ** 2)
        return grads

    def step(self, grads):
        for key, g in grads.items():
            self.p[key] -= self.lr * g
