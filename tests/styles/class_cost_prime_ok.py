"""A class whose sizes are fixed in its constructor (2 inputs, 4 hidden, 1 output, no biases), with a `forward`,
a `costFunction` and a `costFunctionPrime(X, y)` returning the weight gradients: the camelCase lecture-series
layout, half the summed squared error through a sigmoid output."""

import numpy as np


class TinyRegressor(object):
    def __init__(self):
        self.nIn = 2
        self.nHidden = 4
        self.nOut = 1
        rng = np.random.default_rng(3)
        self.W1 = rng.standard_normal((self.nIn, self.nHidden))
        self.W2 = rng.standard_normal((self.nHidden, self.nOut))

    def squash(self, s):
        return 1.0 / (1.0 + np.exp(-s))

    def squashPrime(self, s):
        e = np.exp(-s)
        return e / (1.0 + e) ** 2

    def forward(self, X):
        self.s2 = X @ self.W1
        self.h2 = self.squash(self.s2)
        self.s3 = self.h2 @ self.W2
        return self.squash(self.s3)

    def costFunction(self, X, y):
        self.out = self.forward(X)
        return 0.5 * np.sum((y - self.out) ** 2)

    def costFunctionPrime(self, X, y):
        self.out = self.forward(X)
        d3 = -(y - self.out) * self.squashPrime(self.s3)
        gW2 = self.h2.T @ d3
        d2 = (d3 @ self.W2.T) * self.squashPrime(self.s2)
        gW1 = X.T @ d2
        return gW1, gW2


if __name__ == "__main__":
    X = np.array([[0.3, 1.0], [0.5, 0.2], [1.0, 0.4]])
    y = np.array([[0.75], [0.82], [0.93]])
    net = TinyRegressor()
    for _ in range(500):
        g1, g2 = net.costFunctionPrime(X, y)
        net.W1 -= 2.0 * g1
        net.W2 -= 2.0 * g2
    print(net.costFunction(X, y))
