"""A class whose cross-entropy sums over the batch (`-np.sum(Y * np.log(P))`, used by its training loop) and whose
gradients are that sum's (the delta P - Y, not divided by the batch size: the batch size folded into the rate);
ReLU hidden units, softmax output, one-hot labels: correct for the loss it defines."""
import numpy as np


class SumNet:
    def __init__(self, sizes, seed=6):
        rng = np.random.default_rng(seed)
        self.Ws = [rng.normal(0.0, np.sqrt(2.0 / a), (a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.bs = [np.zeros(b) for b in sizes[1:]]

    def forward(self, X):
        self.hs = [X]
        for W, b in zip(self.Ws[:-1], self.bs[:-1]):
            self.hs.append(np.maximum(self.hs[-1] @ W + b, 0.0))
        s = self.hs[-1] @ self.Ws[-1] + self.bs[-1]
        e = np.exp(s - s.max(axis=1, keepdims=True))
        self.P = e / e.sum(axis=1, keepdims=True)
        return self.P

    def total_cross_entropy(self, X, Y):
        return -np.sum(Y * np.log(self.forward(X) + 1e-12))

    def backward(self, Y):
        g = self.P - Y
        dWs, dbs = [None] * len(self.Ws), [None] * len(self.Ws)
        for k in range(len(self.Ws) - 1, -1, -1):
            dWs[k], dbs[k] = self.hs[k].T @ g, g.sum(axis=0)
            if k:
                g = (g @ self.Ws[k].T) * (self.hs[k] > 0)
        return dWs, dbs

    def train(self, X, Y, rate=0.001, epochs=5):
        for _ in range(epochs):
            print(self.total_cross_entropy(X, Y))
            dWs, dbs = self.backward(Y)
            self.Ws = [W - rate * d for W, d in zip(self.Ws, dWs)]
            self.bs = [b - rate * d for b, d in zip(self.bs, dbs)]
