"""Class with weight and bias lists whose step builds new lists (`self.weights = [w - lr * g ...]`) rather than
updating the arrays in place; ReLU, softmax, train_step(X, y, lr): correct."""
import numpy as np


class Net:
    def __init__(self, layer_sizes):
        rng = np.random.default_rng(9)
        self.weights = [rng.normal(0.0, 0.05, (m, n)) for m, n in zip(layer_sizes[:-1], layer_sizes[1:])]
        self.biases = [np.zeros((1, n)) for n in layer_sizes[1:]]

    def forward(self, X):
        self.hs, self.zs = [X], []
        for k, (W, b) in enumerate(zip(self.weights, self.biases)):
            z = self.hs[-1] @ W + b
            self.zs.append(z)
            if k == len(self.weights) - 1:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                self.hs.append(e / e.sum(axis=1, keepdims=True))
            else:
                self.hs.append(np.maximum(z, 0.0))
        return self.hs[-1]

    def train_step(self, X, y, lr):
        P = self.forward(X)
        g = P.copy()
        g[np.arange(len(y)), y] -= 1.0
        g /= len(y)
        gws, gbs = [], []
        for k in range(len(self.weights) - 1, -1, -1):
            gws.insert(0, self.hs[k].T @ g)
            gbs.insert(0, g.sum(axis=0, keepdims=True))
            if k > 0:
                g = (g @ self.weights[k].T) * (self.zs[k - 1] > 0)
        self.weights = [W - lr * gW for W, gW in zip(self.weights, gws)]
        self.biases = [b - lr * gb for b, gb in zip(self.biases, gbs)]
