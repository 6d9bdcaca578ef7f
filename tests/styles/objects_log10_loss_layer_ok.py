"""Column-major layer kit whose loss layer sums -log10 of each sample's probability, reading its label as
`y[i][0]` (labels as an integer column (B, 1)), and whose softmax layer's backprop(x, grad) takes its input
first. The loss is the batch's sum in base 10; its backprop is (p - one-hot) / ln 10, not divided by the batch:
that sum's gradient, correct. sigmoid units."""
import numpy as np


class Dense:
    def __init__(self, n_in, n_out, seed=3):
        rng = np.random.default_rng(seed)
        self.W = rng.normal(0.0, 1.0 / np.sqrt(n_in), (n_out, n_in))
        self.b = np.zeros((n_out, 1))

    def forward(self, x):
        return self.W @ x + self.b

    def backprop(self, x, grad):
        return grad @ x.T, grad.sum(axis=1, keepdims=True), self.W.T @ grad


class Sigmoid:
    def forward(self, x):
        return 1.0 / (1.0 + np.exp(-x))

    def backprop(self, x, grad):
        s = 1.0 / (1.0 + np.exp(-x))
        return grad * s * (1.0 - s)


class Softmax:
    def forward(self, x):
        e = np.exp(x - x.max(axis=0, keepdims=True))
        return e / e.sum(axis=0, keepdims=True)

    def backprop(self, x, grad):
        return grad  # the loss layer's gradient is already taken through the softmax


class CrossEntropyBase10:
    def forward(self, p, y):
        total = 0.0
        for i in range(p.shape[1]):
            total += -np.log10(p[y[i][0], i])
        return total

    def backprop(self, p, y):
        g = p.copy()
        g[y[:, 0], np.arange(p.shape[1])] -= 1.0
        return g / np.log(10.0)
