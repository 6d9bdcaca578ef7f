"""A textbook class whose `backprop(x, y)` takes one sample as a column and its integer label, which it turns
into a one-hot column by indexing (`target[y, 0] = 1`); its training loop averages the per-sample gradients of
a mini-batch walked with `zip`. Given a batch, its bias gradients keep the batch's columns, and one-hot rows
break its indexing: it is called one sample at a time. Sigmoid units, half the squared error (its `quadratic_cost`):
correct."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def quadratic_cost(a, target):
    return 0.5 * np.sum((a - target) ** 2)


class TextbookNet:
    def __init__(self, sizes):
        rng = np.random.default_rng(8)
        self.sizes = sizes
        self.weights = [rng.standard_normal((b, a)) / np.sqrt(a) for a, b in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.zeros((b, 1)) for b in sizes[1:]]

    def feed_forward(self, a):
        for W, b in zip(self.weights, self.biases):
            a = sigmoid(W @ a + b)
        return a

    def backprop(self, x, y):
        target = np.zeros((self.sizes[-1], 1))
        target[y, 0] = 1.0
        acts, pres = [x], []
        for W, b in zip(self.weights, self.biases):
            pres.append(W @ acts[-1] + b)
            acts.append(sigmoid(pres[-1]))
        self.cost = quadratic_cost(acts[-1], target)
        delta = (acts[-1] - target) * acts[-1] * (1.0 - acts[-1])
        grads_w, grads_b = [None] * len(self.weights), [None] * len(self.weights)
        for k in range(len(self.weights) - 1, -1, -1):
            grads_w[k] = delta @ acts[k].T
            grads_b[k] = delta
            if k:
                delta = (self.weights[k].T @ delta) * acts[k] * (1.0 - acts[k])
        return grads_w, grads_b

    def train(self, xs, ys, rate=0.5, batch=16, epochs=5):
        for _ in range(epochs):
            for start in range(0, len(xs), batch):
                sum_w = [np.zeros_like(W) for W in self.weights]
                sum_b = [np.zeros_like(b) for b in self.biases]
                pairs = list(zip(xs[start:start + batch], ys[start:start + batch]))
                for x, y in pairs:
                    gw, gb = self.backprop(x.reshape(-1, 1), y)
                    sum_w = [s + g for s, g in zip(sum_w, gw)]
                    sum_b = [s + g for s, g in zip(sum_b, gb)]
                self.weights = [W - rate * s / len(pairs) for W, s in zip(self.weights, sum_w)]
                self.biases = [b - rate * s / len(pairs) for b, s in zip(self.biases, sum_b)]
