"""A classifier in the estimator style whose size comes from the data: train(X, y) builds the weights from
X.shape[1] and the number of distinct labels, then loops. Its forward returns nothing: it keeps one output per
layer in self.layer_out (the input is not among them) and the pre-activations in self.z_cache; backprop(y)
stores self.grad_W, self.grad_b; weights are (out, in), used as A @ W.T: correct."""
import numpy as np


class Classifier:
    def __init__(self, hidden_units=(32,), seed=1, log=True):
        self.hidden_units = list(hidden_units)
        self.seed = seed
        self.log = log
        self.W = None
        self.b = None
        self.z_cache = []

    def train(self, X, y, batch=16, epochs=3, step=0.05):
        X, y = np.asarray(X, dtype=float), np.asarray(y)
        self._build(X.shape[1], y, batch)
        self.step = step
        for epoch in range(epochs):
            order = np.random.permutation(len(X))
            for start in range(0, len(X), batch):
                pick = order[start:start + batch]
                self._forward(X[pick])
                self._backprop(y[pick])
                self._apply()
            if self.log:
                print("epoch", epoch + 1, "done")

    def _build(self, n_in, y, batch):
        n_out = len(np.unique(y))
        widths = [n_in, *self.hidden_units, n_out]
        gen = np.random.default_rng(self.seed)
        self.W = [gen.normal(0, np.sqrt(2 / a), size=(b, a)) for a, b in zip(widths[:-1], widths[1:])]
        self.b = [np.zeros(b) for b in widths[1:]]
        self.layer_out = [np.zeros((batch, b)) for b in widths[1:]]
        if self.log:
            print("built", widths)

    def _forward(self, X):
        self.x_in = X
        self.z_cache = []
        a = X
        for i in range(len(self.W)):
            z = a @ self.W[i].T + self.b[i]
            self.z_cache.append(z)
            if i == len(self.W) - 1:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                self.layer_out[i] = e / e.sum(axis=1, keepdims=True)
            else:
                self.layer_out[i] = np.maximum(z, 0)
            a = self.layer_out[i]

    def _backprop(self, y):
        m = len(y)
        dz = self.layer_out[-1].copy()
        dz[np.arange(m), y] -= 1
        dz /= m
        self.grad_W = [None] * len(self.W)
        self.grad_b = [None] * len(self.W)
        for i in reversed(range(len(self.W))):
            a_prev = self.x_in if i == 0 else self.layer_out[i - 1]
            self.grad_W[i] = dz.T @ a_prev
            self.grad_b[i] = dz.sum(axis=0)
            if i > 0:
                dz = (dz @ self.W[i]) * (self.z_cache[i - 1] > 0)

    def _apply(self):
        for i in range(len(self.W)):
            self.W[i] -= self.step * self.grad_W[i]
            self.b[i] -= self.step * self.grad_b[i]
