"""A textbook-style network whose constructor requires the cost as a class, `Net(sizes, cost_class)`, and calls
its static `delta(z, a, y)` for the output error: the file defines `LogLoss` (binary cross-entropy, delta a - y)
and `HalfSquares` (delta (a - y) * sigmoid'(z)). xval passes the file's own cross-entropy class and says so.
Column samples, sigmoid units, a per-sample backprop returning (grads_b, grads_w)."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class LogLoss:
    @staticmethod
    def fn(a, y):
        return float(np.sum(-y * np.log(a) - (1 - y) * np.log(1 - a)))

    @staticmethod
    def delta(z, a, y):
        return a - y


class HalfSquares:
    @staticmethod
    def fn(a, y):
        return 0.5 * float(np.sum((a - y) ** 2))

    @staticmethod
    def delta(z, a, y):
        return (a - y) * sigmoid(z) * (1 - sigmoid(z))


class Net:
    def __init__(self, sizes, cost_class):
        self.cost = cost_class
        self.W = [np.random.randn(n, m) / np.sqrt(m) for m, n in zip(sizes[:-1], sizes[1:])]
        self.b = [np.zeros((n, 1)) for n in sizes[1:]]

    def feedforward(self, a):
        for W, b in zip(self.W, self.b):
            a = sigmoid(W @ a + b)
        return a

    def backprop(self, x, y):
        zs, acts = [], [x]
        for W, b in zip(self.W, self.b):
            zs.append(W @ acts[-1] + b)
            acts.append(sigmoid(zs[-1]))
        grads_b, grads_w = [None] * len(self.b), [None] * len(self.W)
        delta = self.cost.delta(zs[-1], acts[-1], y)
        for i in range(len(self.W) - 1, -1, -1):
            grads_b[i], grads_w[i] = delta, delta @ acts[i].T
            if i:
                s = sigmoid(zs[i - 1])
                delta = (self.W[i].T @ delta) * s * (1 - s)
        return grads_b, grads_w
