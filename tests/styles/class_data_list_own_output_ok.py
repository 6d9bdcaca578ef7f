"""A binary classifier class that is handed its data and a tuple of hidden widths only: it sizes its first layer
from the data's columns and appends one sigmoid output unit of its own after the widths it is given. forward()
takes no arguments (it reads self.features), then step(output) reads self.labels and updates its lists in place.
Tanh hidden units, weights (in, out), the batch mean of the binary cross-entropy, printed by its own loop."""
import numpy as np


def squash(t):
    return 1.0 / (1.0 + np.exp(-t))


class BinaryNet:
    def __init__(self, features, labels, hidden_widths, rate=0.1, rounds=50):
        self.features, self.labels = features, labels
        self.rate, self.rounds = rate, rounds
        widths = [features.shape[1], *hidden_widths, 1]
        gen = np.random.default_rng(7)
        self.weights = [gen.normal(0.0, np.sqrt(1.0 / a), size=(a, b)) for a, b in zip(widths[:-1], widths[1:])]
        self.biases = [np.zeros((1, b)) for b in widths[1:]]

    def forward(self):
        self.outs = [self.features]
        for k, (W, b) in enumerate(zip(self.weights, self.biases)):
            t = self.outs[-1] @ W + b
            self.outs.append(squash(t) if k == len(self.weights) - 1 else np.tanh(t))
        return self.outs[-1]

    def step(self, output):
        count = self.features.shape[0]
        err = (output - self.labels) / count
        for k in range(len(self.weights) - 1, -1, -1):
            g_w = self.outs[k].T @ err
            g_b = err.sum(axis=0, keepdims=True)
            if k:
                err = (err @ self.weights[k].T) * (1.0 - self.outs[k] ** 2)
            self.weights[k] -= self.rate * g_w
            self.biases[k] -= self.rate * g_b

    def fit(self):
        for r in range(self.rounds):
            out = self.forward()
            p = np.clip(out, 1e-12, 1 - 1e-12)
            cost = -np.mean(self.labels * np.log(p) + (1 - self.labels) * np.log(1 - p))
            self.step(out)
            if r % 10 == 0:
                print(f"round {r}: cost {cost:.4f}")


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    X = gen.normal(size=(64, 5))
    y = (X[:, :1] + X[:, 1:2] > 0).astype(float)
    BinaryNet(X, y, (8, 4)).fit()
