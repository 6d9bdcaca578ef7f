"""A regression network that steps on the mean of its samples' gradients, one sample (a column) at a time; its
loss is only ever accumulated inline, `loss += 0.5 * np.sum((out - target) ** 2)`, in the loop of fit (no loss
function): sigmoid hidden and output units, half the squared error: correct."""
import numpy as np


def logistic(v):
    return 1.0 / (1.0 + np.exp(-v))


class SineFitter:
    def __init__(self, sizes=(1, 8, 1)):
        gen = np.random.default_rng(2)
        self.W = {k: gen.normal(0, 1 / np.sqrt(a), (b, a)) for k, (a, b) in enumerate(zip(sizes[:-1], sizes[1:]), 1)}
        self.b = {k: np.zeros((b, 1)) for k, b in enumerate(sizes[1:], 1)}

    def predict(self, x):
        a = x.reshape(-1, 1)
        for k in sorted(self.W):
            a = logistic(self.W[k] @ a + self.b[k])
        return a

    def fit(self, X, Y, epochs=10, lr=0.5):
        for epoch in range(epochs):
            loss = 0.0
            gW = {k: np.zeros_like(w) for k, w in self.W.items()}
            gb = {k: np.zeros_like(b) for k, b in self.b.items()}
            for x, target in zip(X, Y):
                acts = [x.reshape(-1, 1)]
                for k in sorted(self.W):
                    acts.append(logistic(self.W[k] @ acts[-1] + self.b[k]))
                out = acts[-1]
                loss += 0.5 * np.sum((out - target.reshape(-1, 1)) ** 2)
                g = out - target.reshape(-1, 1)
                for k in sorted(self.W, reverse=True):
                    g = g * acts[k] * (1 - acts[k])
                    gW[k] += g @ acts[k - 1].T
                    gb[k] += g
                    g = self.W[k].T @ g
            for k in self.W:
                self.W[k] -= lr * gW[k] / len(X)
                self.b[k] -= lr * gb[k] / len(X)
            print(epoch, loss / len(X))
