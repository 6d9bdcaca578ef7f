"""A per-sample class of column vectors: feedforward(x) for one sample or a batch of columns, backprop(x, y) giving one
sample's (dws, dbs), and a squared_error(out, y) that returns each output's (out - y) ** 2 unreduced, never called
by the class. That sample's loss is the sum of its terms; the output delta 2 * (out - y) * out * (1 - out) is its
gradient: correct. sigmoid units, sigmoid output."""
import numpy as np


def logistic(z):
    return 1.0 / (1.0 + np.exp(-z))


class SquaredNet:
    def __init__(self, widths):
        rng = np.random.default_rng(5)
        self.ws = [rng.normal(0.0, 1.0 / np.sqrt(n), (m, n)) for n, m in zip(widths[:-1], widths[1:])]
        self.bs = [np.zeros((m, 1)) for m in widths[1:]]

    def feedforward(self, x):
        for w, b in zip(self.ws, self.bs):
            x = logistic(w @ x + b)
        return x

    def squared_error(self, out, y):
        return (out - y) ** 2

    def backprop(self, x, y):
        outs = [x]
        for w, b in zip(self.ws, self.bs):
            outs.append(logistic(w @ outs[-1] + b))
        delta = 2.0 * (outs[-1] - y) * outs[-1] * (1.0 - outs[-1])
        dws, dbs = [None] * len(self.ws), [None] * len(self.ws)
        for k in range(len(self.ws) - 1, -1, -1):
            dws[k] = delta @ outs[k].T
            dbs[k] = delta
            if k:
                delta = (self.ws[k].T @ delta) * outs[k] * (1.0 - outs[k])
        return dws, dbs

    def update_mini_batch(self, mini_batch, eta):
        sum_w = [np.zeros_like(w) for w in self.ws]
        sum_b = [np.zeros_like(b) for b in self.bs]
        for x, y in mini_batch:
            dws, dbs = self.backprop(x, y)
            sum_w = [s + d for s, d in zip(sum_w, dws)]
            sum_b = [s + d for s, d in zip(sum_b, dbs)]
        self.ws = [w - eta / len(mini_batch) * s for w, s in zip(self.ws, sum_w)]
        self.bs = [b - eta / len(mini_batch) * s for b, s in zip(self.bs, sum_b)]
