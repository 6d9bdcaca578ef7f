"""A class in the textbook's per-sample style, rewritten: feedForward(x) builds its pre-activations and activations
as two lists and returns them together (`result = [zs, acts]; return result`), backprop(acts, y, zs) takes them back
by those names and returns [grad_w, grad_b] for one column-vector sample; sigmoid everywhere, a cost method that
nothing calls (the squared error): correct."""
import numpy as np


def logistic(v):
    return 1.0 / (1.0 + np.exp(-v))


def logistic_slope(v):
    s = logistic(v)
    return s * (1.0 - s)


class Net:
    def __init__(self, shape):
        rng = np.random.default_rng(5)
        self.shape = shape
        self.w = [rng.normal(0.0, 1.0 / np.sqrt(a), (b, a)) for a, b in zip(shape[:-1], shape[1:])]
        self.b = [np.zeros((b, 1)) for b in shape[1:]]

    def feedForward(self, x):
        zs, acts = [], [x]
        for w, b in zip(self.w, self.b):
            zs.append(w @ acts[-1] + b)
            acts.append(logistic(zs[-1]))
        result = [zs, acts]
        return result

    def getCost(self, out, y):
        return 0.5 * np.sum((out - y) ** 2)

    def backprop(self, acts, y, zs):
        grad_w = [None] * len(self.w)
        grad_b = [None] * len(self.b)
        delta = (acts[-1] - y) * logistic_slope(zs[-1])
        for k in range(len(self.w) - 1, -1, -1):
            grad_w[k] = delta @ acts[k].T
            grad_b[k] = delta
            if k > 0:
                delta = (self.w[k].T @ delta) * logistic_slope(zs[k - 1])
        return [grad_w, grad_b]

    def learn(self, samples, rate):
        sum_w = [np.zeros_like(w) for w in self.w]
        sum_b = [np.zeros_like(b) for b in self.b]
        for x, y in samples:
            zs, acts = self.feedForward(x)
            gw, gb = self.backprop(acts, y, zs)
            sum_w = [s + g for s, g in zip(sum_w, gw)]
            sum_b = [s + g for s, g in zip(sum_b, gb)]
        self.w = [w - rate * s / len(samples) for w, s in zip(self.w, sum_w)]
        self.b = [b - rate * s / len(samples) for b, s in zip(self.b, sum_b)]
