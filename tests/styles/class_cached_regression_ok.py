"""A column-major regression class (samples are columns: X (features, m), W (out, in), b (out, 1)) that caches
its pre-activations and activations on the instance and returns (dWs, dbs) lists from backward(Y); its loss method
builds the mean squared error through local names (`err`, `sq`, `total / m`), summed over the outputs and averaged
over the batch, and the backward's output delta carries that loss's factor 2: correct."""
import numpy as np


class ColumnRegressor:
    def __init__(self, widths, seed=3):
        rng = np.random.default_rng(seed)
        self.Ws = [rng.uniform(-1.0, 1.0, (n_out, n_in)) * np.sqrt(3.0 / n_in)
                   for n_in, n_out in zip(widths[:-1], widths[1:])]
        self.bs = [np.zeros((n_out, 1)) for n_out in widths[1:]]
        self.pre, self.post = [], []

    def forward(self, X):
        self.pre, self.post = [], [X]
        h = X
        for k, (W, b) in enumerate(zip(self.Ws, self.bs)):
            z = W @ h + b
            h = z if k == len(self.Ws) - 1 else np.tanh(z)
            self.pre.append(z)
            self.post.append(h)
        return h

    def mean_squared(self, Y_hat, Y):
        m = Y.shape[1]
        err = Y_hat - Y
        sq = err ** 2
        total = np.sum(sq)
        return total / m

    def backward(self, Y):
        m = Y.shape[1]
        dWs, dbs = [None] * len(self.Ws), [None] * len(self.Ws)
        g = 2.0 * (self.post[-1] - Y) / m
        for k in range(len(self.Ws) - 1, -1, -1):
            dWs[k] = g @ self.post[k].T
            dbs[k] = g.sum(axis=1, keepdims=True)
            if k:
                g = (self.Ws[k].T @ g) * (1.0 - self.post[k] ** 2)
        return dWs, dbs

    def step(self, dWs, dbs, lr):
        for k in range(len(self.Ws)):
            self.Ws[k] -= lr * dWs[k]
            self.bs[k] -= lr * dbs[k]
