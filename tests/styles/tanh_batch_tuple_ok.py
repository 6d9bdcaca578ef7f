"""Class whose step takes the batch as one tuple, train_step(batch, lr) with `X, y = batch`, beside a backprop that
returns per-sample gradients (an extra leading axis) which xval cannot compare; tanh hidden units, softmax: correct."""
import numpy as np


class TupleNet:
    def __init__(self, sizes):
        rng = np.random.default_rng(11)
        self.Ws = [rng.normal(0.0, 0.05, (m, n)) for m, n in zip(sizes[:-1], sizes[1:])]
        self.bs = [np.zeros(n) for n in sizes[1:]]

    def forward(self, X):
        self.acts = [X]
        for k, (W, b) in enumerate(zip(self.Ws, self.bs)):
            z = self.acts[-1] @ W + b
            if k + 1 < len(self.Ws):
                self.acts.append(np.tanh(z))
            else:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                self.acts.append(e / e.sum(axis=1, keepdims=True))
        return self.acts[-1]

    def backprop(self, X, y):
        self.forward(X)
        d = self.acts[-1].copy()
        d[np.arange(len(y)), y] -= 1.0
        gW, gb = [None] * len(self.Ws), [None] * len(self.bs)
        for k in reversed(range(len(self.Ws))):
            gW[k] = self.acts[k][:, :, None] * d[:, None, :]  # one gradient per sample
            gb[k] = d
            if k > 0:
                d = (d @ self.Ws[k].T) * (1.0 - self.acts[k] ** 2)
        return gW, gb

    def train_step(self, batch, lr):
        X, y = batch
        gW, gb = self.backprop(X, y)
        self.Ws = [W - lr * g.mean(axis=0) for W, g in zip(self.Ws, gW)]
        self.bs = [b - lr * g.mean(axis=0) for b, g in zip(self.bs, gb)]
