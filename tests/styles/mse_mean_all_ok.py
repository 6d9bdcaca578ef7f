"""A sigmoid network whose loss is the plain mean of the squared errors over every element (np.mean((out - y) ** 2):
the batch and the outputs), and whose output delta is that loss's own, 2 (out - y) / (N K) times the sigmoid's
derivative; row-major, one-hot targets: correct."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class SquaredErrorNet:
    def __init__(self, n_in, n_hidden, n_out, rate=0.5):
        rng = np.random.default_rng(1)
        self.W1 = rng.normal(0, 1 / np.sqrt(n_in), (n_in, n_hidden))
        self.b1 = np.zeros((1, n_hidden))
        self.W2 = rng.normal(0, 1 / np.sqrt(n_hidden), (n_hidden, n_out))
        self.b2 = np.zeros((1, n_out))
        self.rate = rate

    def forward(self, X):
        self.X = X
        self.h = sigmoid(X @ self.W1 + self.b1)
        self.out = sigmoid(self.h @ self.W2 + self.b2)
        return self.out

    def loss(self, y):
        return np.mean((self.out - y) ** 2)

    def backward(self, y):
        d_out = 2 * (self.out - y) / self.out.size * self.out * (1 - self.out)
        d_h = (d_out @ self.W2.T) * self.h * (1 - self.h)
        return {"W1": self.X.T @ d_h, "b1": d_h.sum(axis=0, keepdims=True),
                "W2": self.h.T @ d_out, "b2": d_out.sum(axis=0, keepdims=True)}

    def train(self, X, y, epochs=100):
        for _ in range(epochs):
            self.forward(X)
            print(self.loss(y))
            for name, grad in self.backward(y).items():
                setattr(self, name, getattr(self, name) - self.rate * grad)
