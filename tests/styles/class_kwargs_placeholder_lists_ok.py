"""A class built from keyword settings, `DeepNet(**options)` reading `options["units"]` and `options.get("rate")`,
whose weight and bias lists start with a placeholder (`self.W = [None]`) so that layer i sits at index i, and
whose `backward(X, T)` returns gradient lists with the same placeholder. Row-major, tanh hidden units, softmax
output, cross-entropy averaged over the batch."""
import numpy as np


class DeepNet:
    def __init__(self, **options):
        self.units = options["units"]
        self.rate = options.get("rate", 0.05)
        rng = np.random.default_rng(options.get("seed", 1))
        self.W, self.b = [None], [None]
        for i in range(1, len(self.units)):
            self.W.append(rng.standard_normal((self.units[i - 1], self.units[i])) / np.sqrt(self.units[i - 1]))
            self.b.append(np.zeros(self.units[i]))

    def forward(self, X):
        self.H = [X]
        for i in range(1, len(self.W)):
            s = self.H[-1] @ self.W[i] + self.b[i]
            if i < len(self.W) - 1:
                self.H.append(np.tanh(s))
            else:
                s = s - s.max(axis=1, keepdims=True)
                self.H.append(np.exp(s) / np.exp(s).sum(axis=1, keepdims=True))
        return self.H[-1]

    def backward(self, X, T):
        P = self.forward(X)
        gW, gb = [None] * len(self.W), [None] * len(self.b)
        G = (P - T) / len(X)
        for i in range(len(self.W) - 1, 0, -1):
            gW[i] = self.H[i - 1].T @ G
            gb[i] = G.sum(axis=0)
            if i > 1:
                G = (G @ self.W[i].T) * (1 - self.H[i - 1] ** 2)
        return gW, gb

