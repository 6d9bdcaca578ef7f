"""Three weight matrices named by letters, none numbered in the middle (`w_ih`, `w_hh`, `w_ho`) and no biases;
train(inputs, targets) takes one sample as lists and makes it a column, updating in place: ReLU hidden units,
sigmoid outputs, half the squared error of the one sample (its `half_squared_error`): correct."""
import numpy as np


def relu(v):
    return np.maximum(v, 0.0)


def squash(v):
    return 1.0 / (1.0 + np.exp(-v))


def half_squared_error(o, t):
    return 0.5 * np.sum((o - t) ** 2)


class ThreeLayerNet:
    def __init__(self, n_inputs, n_hidden1, n_hidden2, n_outputs, rate):
        rng = np.random.default_rng(11)
        self.w_ih = rng.normal(0.0, n_inputs ** -0.5, (n_hidden1, n_inputs))
        self.w_hh = rng.normal(0.0, n_hidden1 ** -0.5, (n_hidden2, n_hidden1))
        self.w_ho = rng.normal(0.0, n_hidden2 ** -0.5, (n_outputs, n_hidden2))
        self.rate = rate

    def query(self, inputs):
        x = np.array(inputs, ndmin=2).T
        self.h1 = relu(self.w_ih @ x)
        self.h2 = relu(self.w_hh @ self.h1)
        self.out = squash(self.w_ho @ self.h2)
        return self.out

    def train(self, inputs, targets):
        x = np.array(inputs, ndmin=2).T
        t = np.array(targets, ndmin=2).T
        o = self.query(inputs)
        self.loss = half_squared_error(o, t)
        err_out = (o - t) * o * (1.0 - o)
        err_h2 = (self.w_ho.T @ err_out) * (self.h2 > 0)
        err_h1 = (self.w_hh.T @ err_h2) * (self.h1 > 0)
        self.w_ho -= self.rate * err_out @ self.h2.T
        self.w_hh -= self.rate * err_h2 @ self.h1.T
        self.w_ih -= self.rate * err_h1 @ x.T
