"""A class in the u and z notation (z = f(u)) whose forward loop applies its ReLU to every layer, the output layer
too, and returns three lists (u, z, the derivatives f'(u)); the class takes its softmax of the last u elsewhere
(`probs(u[-1]) - y` in its backprop), so the last z is computed and never the output. Per-sample `backprop(x, y)`
on column vectors, summed by `update_mini_batch(batch, eta)` over (x, y) pairs; W (out, in), biases (n, 1).
Mean cross-entropy."""
import numpy as np


def relu(t):
    return np.maximum(t, 0.0)


def relu_grad(t):
    return (t > 0).astype(float)


class Net:
    def __init__(self, sizes, seed=3):
        rng = np.random.default_rng(seed)
        self.sizes = sizes
        self.W = [rng.standard_normal((m, n)) * np.sqrt(2.0 / n) for n, m in zip(sizes[:-1], sizes[1:])]
        self.b = [np.zeros((m, 1)) for m in sizes[1:]]

    @staticmethod
    def probs(scores):
        e = np.exp(scores - scores.max(axis=0))
        return e / e.sum(axis=0)

    def forward_pass(self, x):
        u, z, fprime = [], [x], []
        for W, b in zip(self.W, self.b):
            u.append(W @ z[-1] + b)
            z.append(relu(u[-1]))
            fprime.append(relu_grad(u[-1]))
        return u, z, fprime

    def scores(self, x):
        return self.forward_pass(x)[0][-1]

    def backprop(self, x, y):
        u, z, fprime = self.forward_pass(x)
        gb = [None] * len(self.W)
        gW = [None] * len(self.W)
        delta = self.probs(u[-1]) - y
        for k in range(len(self.W) - 1, -1, -1):
            gb[k] = delta
            gW[k] = delta @ z[k].T
            if k:
                delta = (self.W[k].T @ delta) * fprime[k - 1]
        return gb, gW

    def update_mini_batch(self, batch, eta):
        sum_b = [np.zeros_like(b) for b in self.b]
        sum_W = [np.zeros_like(W) for W in self.W]
        for x, y in batch:
            gb, gW = self.backprop(x, y)
            sum_b = [s + g for s, g in zip(sum_b, gb)]
            sum_W = [s + g for s, g in zip(sum_W, gW)]
        self.W = [W - eta / len(batch) * s for W, s in zip(self.W, sum_W)]
        self.b = [b - eta / len(batch) * s for b, s in zip(self.b, sum_b)]

    def loss(self, data):
        return -np.mean([np.log(self.probs(self.scores(x))[np.argmax(y), 0]) for x, y in data])


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    data = [(rng.standard_normal((5, 1)), np.eye(3)[[rng.integers(3)]].T) for _ in range(40)]
    net = Net([5, 8, 6, 3])
    before = net.loss(data)
    for _ in range(30):
        net.update_mini_batch(data[:10], 0.1)
    print("loss", before, "->", net.loss(data))
