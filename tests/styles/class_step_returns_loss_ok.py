"""Regression class whose step both updates in place and returns the loss, which its train loop records
(`loss = self.step(X, Y)`); that returned `np.mean(diff ** 2)` is the file's loss, a mean over every element, and
the step's output delta 2 * diff / diff.size is its gradient: correct. tanh units, linear output."""
import numpy as np


class Regressor:
    def __init__(self, n_in, n_hidden, n_out, lr=0.05):
        rng = np.random.default_rng(17)
        self.W1 = rng.normal(0.0, 1.0 / np.sqrt(n_in), (n_in, n_hidden))
        self.b1 = np.zeros((1, n_hidden))
        self.W2 = rng.normal(0.0, 1.0 / np.sqrt(n_hidden), (n_hidden, n_out))
        self.b2 = np.zeros((1, n_out))
        self.lr = lr

    def forward(self, X):
        self.H = np.tanh(X @ self.W1 + self.b1)
        self.out = self.H @ self.W2 + self.b2
        return self.out

    def step(self, X, Y):
        diff = self.out - Y
        d_out = 2.0 * diff / diff.size
        d_hid = (d_out @ self.W2.T) * (1.0 - self.H ** 2)
        self.W2 -= self.lr * self.H.T @ d_out
        self.b2 -= self.lr * d_out.sum(axis=0, keepdims=True)
        self.W1 -= self.lr * X.T @ d_hid
        self.b1 -= self.lr * d_hid.sum(axis=0, keepdims=True)
        return np.mean(diff ** 2)

    def train(self, X, Y, epochs=200):
        history = []
        for _ in range(epochs):
            self.forward(X)
            loss = self.step(X, Y)
            history.append(loss)
        return history
