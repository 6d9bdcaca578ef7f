"""A class whose constructor opens data files it names itself (`train.csv`, `labels.csv`) before making its
weights: xval has no such files, so its constructor is run without the statements that fail (the reading and
what uses it) and the weights it makes are checked. Row-major, forward(X) and backward(X, Y) returning a dict;
mean cross-entropy: correct. relu units."""
import csv

import numpy as np


def read_rows(path):
    with open(path) as f:
        return [list(map(float, row)) for row in csv.reader(f)]


class DigitNet:
    def __init__(self):
        self.train_x = np.array(read_rows("train.csv"))
        self.train_y = np.array(read_rows("labels.csv"))
        self.n_rows = len(self.train_x)
        rng = np.random.default_rng(11)
        self.W1 = rng.normal(0.0, np.sqrt(2.0 / 784), (784, 40))
        self.b1 = np.zeros((1, 40))
        self.W2 = rng.normal(0.0, np.sqrt(2.0 / 40), (40, 10))
        self.b2 = np.zeros((1, 10))

    def forward(self, X):
        self.X = X
        self.h = np.maximum(0.0, X @ self.W1 + self.b1)
        s = self.h @ self.W2 + self.b2
        e = np.exp(s - s.max(axis=1, keepdims=True))
        self.p = e / e.sum(axis=1, keepdims=True)
        return self.p

    def backward(self, X, Y):
        d2 = (self.p - Y) / len(X)
        d1 = (d2 @ self.W2.T) * (self.h > 0)
        return {"W1": X.T @ d1, "b1": d1.sum(axis=0, keepdims=True),
                "W2": self.h.T @ d2, "b2": d2.sum(axis=0, keepdims=True)}
