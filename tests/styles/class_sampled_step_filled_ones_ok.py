"""A class built from a list of sizes whose constructor appends its matrices two at a time for each hidden layer
(so only one hidden layer comes out chained), with the bias trick written as a fill: an array of ones one column
wider than the input, the input copied into all but its first column (`padded = np.ones((n, d + 1));
padded[:, 1:] = X`). `train(X, Y, rate, steps)` draws one row at random for each step (`np.random.randint(len(X))`)
and moves the weights in place; `predict(x)` takes one sample. No bias after the first layer; sigmoid units, an identity
output, half the squared error."""
import numpy as np


def sigmoid(t):
    return 1.0 / (1.0 + np.exp(-t))


class Net:
    def __init__(self, sizes):
        gen = np.random.default_rng(5)
        self.weights = []
        for i in range(1, len(sizes) - 1):
            self.weights.append(gen.uniform(-0.5, 0.5, (sizes[i - 1] + 1, sizes[i])))
            self.weights.append(gen.uniform(-0.5, 0.5, (sizes[i], sizes[i + 1])))

    def train(self, X, Y, rate=0.5, steps=5000):
        X = np.atleast_2d(X)
        padded = np.ones((X.shape[0], X.shape[1] + 1))
        padded[:, 1:] = X
        Y = np.asarray(Y, dtype=float)
        for _ in range(steps):
            k = np.random.randint(len(padded))
            outs = [padded[k]]
            for M in self.weights[:-1]:
                outs.append(sigmoid(outs[-1] @ M))
            outs.append(outs[-1] @ self.weights[-1])
            delta = outs[-1] - Y[k]
            for j in range(len(self.weights) - 1, -1, -1):
                grad = np.outer(outs[j], delta)
                delta = (self.weights[j] @ delta) * outs[j] * (1.0 - outs[j])
                self.weights[j] -= rate * grad

    def predict(self, x):
        v = np.ones(len(x) + 1)
        v[1:] = x
        for M in self.weights[:-1]:
            v = sigmoid(v @ M)
        return v @ self.weights[-1]

