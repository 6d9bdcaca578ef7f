"""Network(*sizes): the sizes as separate arguments; feedforward(x) returns nothing and keeps every layer's
activation in self.values (the input first); backprop(target) updates self.weights[i] by the bare gradient (no
learning rate); no biases; samples as columns; sigmoid hidden units, softmax output, mean cross-entropy.
"""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


class Network:
    def __init__(self, *sizes):
        self.values = [np.zeros((n, 1)) for n in sizes]
        self.weights = [np.random.uniform(-0.1, 0.1, (sizes[i + 1], sizes[i])) for i in range(len(sizes) - 1)]

    def feedforward(self, x):
        self.values[0] = x
        for i, W in enumerate(self.weights):
            z = W @ self.values[i]
            if i < len(self.weights) - 1:
                self.values[i + 1] = sigmoid(z)
            else:
                e = np.exp(z - z.max(axis=0))
                self.values[i + 1] = e / e.sum(axis=0)

    def backprop(self, target):
        deltas = [(self.values[-1] - target) / target.shape[1]]
        for i in range(len(self.weights) - 1, 0, -1):
            a = self.values[i]
            deltas.insert(0, (self.weights[i].T @ deltas[0]) * a * (1 - a))
        for i, d in enumerate(deltas):
            self.weights[i] -= d @ self.values[i].T
