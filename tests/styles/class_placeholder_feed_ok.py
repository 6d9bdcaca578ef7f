"""A class in the placeholder style: feed({"x": X, "y": Y}) fills a dict the model holds, forward() and
backward() take no arguments and read self.slots["x"] and self.slots["y"]; forward keeps its output as self.y (not
the labels); tanh hidden units, softmax + cross-entropy averaged over the batch, gradients kept as g_W1 .. g_b2:
correct."""
import numpy as np


class Graph:
    def __init__(self, n_in, n_hidden, n_out):
        rng = np.random.default_rng(30)
        self.W1 = rng.normal(0.0, 1.0 / np.sqrt(n_in), (n_in, n_hidden))
        self.b1 = np.zeros((1, n_hidden))
        self.W2 = rng.normal(0.0, 1.0 / np.sqrt(n_hidden), (n_hidden, n_out))
        self.b2 = np.zeros((1, n_out))
        self.slots = {"x": None, "y": None}

    def feed(self, values):
        for key, value in values.items():
            self.slots[key] = value

    def forward(self):
        self.h = np.tanh(self.slots["x"] @ self.W1 + self.b1)
        s = self.h @ self.W2 + self.b2
        e = np.exp(s - s.max(axis=1, keepdims=True))
        self.y = e / e.sum(axis=1, keepdims=True)
        return self.y

    def backward(self):
        n = len(self.slots["y"])
        d2 = (self.y - self.slots["y"]) / n
        self.g_W2, self.g_b2 = self.h.T @ d2, d2.sum(axis=0, keepdims=True)
        d1 = (d2 @ self.W2.T) * (1.0 - self.h ** 2)
        self.g_W1, self.g_b1 = self.slots["x"].T @ d1, d1.sum(axis=0, keepdims=True)
