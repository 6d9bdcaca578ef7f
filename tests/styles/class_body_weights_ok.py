"""Weights made in the class body, not in a constructor (`w`, `v` and the rate `eta` are class attributes every
instance reads until it assigns its own), no biases; forward(X) keeps the layers, backward(X, out, y) updates in
place: sigmoid hidden units, sigmoid outputs, half the squared error averaged over the batch (its `cost`): correct."""
import numpy as np


class TinyMLP:
    n_in, n_hidden, n_out = 2, 100, 1
    eta = 0.05
    w = np.random.default_rng(5).standard_normal((n_in, n_hidden)) * 0.5
    v = np.random.default_rng(6).standard_normal((n_hidden, n_out)) * 0.5

    def __init__(self):
        pass

    @staticmethod
    def logistic(z):
        return 1.0 / (1.0 + np.exp(-z))

    def forward(self, X):
        self.hid = self.logistic(X @ self.w)
        self.out = self.logistic(self.hid @ self.v)
        return self.out

    def cost(self, out, y):
        return 0.5 * np.mean(np.sum((out - y) ** 2, axis=1))

    def backward(self, X, out, y):
        err = (out - y) * out * (1.0 - out) / len(X)
        err_hid = (err @ self.v.T) * self.hid * (1.0 - self.hid)
        self.v = self.v - self.eta * self.hid.T @ err
        self.w = self.w - self.eta * X.T @ err_hid
