"""A textbook-style network whose cost is a class chosen in its constructor (`cost=QuadCost` by default, a
cross-entropy cost class beside it that a helper builds another network with); samples as column vectors, trained
by `fit(training_data, ...)` over (x, y) pairs with one-hot labels, scoring an optional held-out set of pairs whose
labels are integers; sigmoid units, the default quadratic cost: correct."""
import random

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class QuadCost:
    @staticmethod
    def fn(a, y):
        return 0.5 * np.sum((a - y) ** 2)

    @staticmethod
    def delta(z, a, y):
        return (a - y) * a * (1.0 - a)


class CrossEntropyCost:
    @staticmethod
    def fn(a, y):
        return -np.sum(y * np.log(a) + (1.0 - y) * np.log(1.0 - a))

    @staticmethod
    def delta(z, a, y):
        return a - y


class Net:
    def __init__(self, sizes, cost=QuadCost):
        self.sizes = sizes
        self.cost = cost
        self.biases = [np.random.randn(n, 1) for n in sizes[1:]]
        self.weights = [np.random.randn(n, m) / np.sqrt(m) for m, n in zip(sizes[:-1], sizes[1:])]

    def feedforward(self, a):
        for W, b in zip(self.weights, self.biases):
            a = sigmoid(W @ a + b)
        return a

    def fit(self, training_data, epochs, batch_size, eta, evaluation_data=None):
        for _ in range(epochs):
            random.shuffle(training_data)
            for k in range(0, len(training_data), batch_size):
                self.step(training_data[k:k + batch_size], eta)
            seen = sum(int(np.argmax(self.feedforward(x)) == np.argmax(y)) for x, y in training_data)
            print(f"training: {seen} / {len(training_data)}")
            if evaluation_data:
                hits = sum(int(np.argmax(self.feedforward(x)) == y) for x, y in evaluation_data)
                print(f"{hits} / {len(evaluation_data)}")

    def step(self, batch, eta):
        sum_W = [np.zeros_like(W) for W in self.weights]
        sum_b = [np.zeros_like(b) for b in self.biases]
        for x, y in batch:
            g_W, g_b = self.backprop(x, y)
            sum_W = [s + g for s, g in zip(sum_W, g_W)]
            sum_b = [s + g for s, g in zip(sum_b, g_b)]
        self.weights = [W - eta / len(batch) * s for W, s in zip(self.weights, sum_W)]
        self.biases = [b - eta / len(batch) * s for b, s in zip(self.biases, sum_b)]

    def backprop(self, x, y):
        acts, zs = [x], []
        for W, b in zip(self.weights, self.biases):
            zs.append(W @ acts[-1] + b)
            acts.append(sigmoid(zs[-1]))
        delta = self.cost.delta(zs[-1], acts[-1], y)
        g_W, g_b = [delta @ acts[-2].T], [delta]
        for k in range(2, len(self.sizes)):
            a = acts[-k]
            delta = (self.weights[-k + 1].T @ delta) * a * (1.0 - a)
            g_W.insert(0, delta @ acts[-k - 1].T)
            g_b.insert(0, delta)
        return g_W, g_b


def cross_entropy_net(sizes):
    return Net(sizes, cost=CrossEntropyCost)
