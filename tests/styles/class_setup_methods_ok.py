"""A class whose constructor only keeps its sizes: its weights come from a later `make_weights(scheme)` call and
its activation from `choose_activation(name)`, each picking a branch by a string it compares (`'uniform'`,
`'tanh'`), its rate from `set_rate(r)`; `predict(X)` then `step(X, T)` updating in place; tanh hidden units set
as functions on the instance, softmax, cross-entropy: correct."""
import numpy as np


class Perceptron2:
    def __init__(self, n_in, n_hidden, n_out):
        self.n_in, self.n_hidden, self.n_out = n_in, n_hidden, n_out

    def set_rate(self, r):
        self.rate = r

    def make_weights(self, scheme):
        rng = np.random.default_rng(2)
        if scheme == "uniform":
            self.Wh = rng.uniform(-0.1, 0.1, (self.n_in, self.n_hidden))
            self.Wo = rng.uniform(-0.1, 0.1, (self.n_hidden, self.n_out))
        elif scheme == "normal":
            self.Wh = rng.normal(0.0, 0.1, (self.n_in, self.n_hidden))
            self.Wo = rng.normal(0.0, 0.1, (self.n_hidden, self.n_out))
        self.bh = np.zeros(self.n_hidden)
        self.bo = np.zeros(self.n_out)

    def choose_activation(self, name):
        if name == "tanh":
            self.act = np.tanh
            self.act_slope = lambda a: 1.0 - a ** 2
        elif name == "sigmoid":
            self.act = lambda z: 1.0 / (1.0 + np.exp(-z))
            self.act_slope = lambda a: a * (1.0 - a)

    def predict(self, X):
        self.h = self.act(X @ self.Wh + self.bh)
        s = self.h @ self.Wo + self.bo
        e = np.exp(s - s.max(axis=1, keepdims=True))
        self.p = e / e.sum(axis=1, keepdims=True)
        return self.p

    def step(self, X, T):
        p = self.predict(X)
        d_o = (p - T) / len(X)
        d_h = (d_o @ self.Wo.T) * self.act_slope(self.h)
        self.Wo -= self.rate * self.h.T @ d_o
        self.bo -= self.rate * d_o.sum(axis=0)
        self.Wh -= self.rate * X.T @ d_h
        self.bh -= self.rate * d_h.sum(axis=0)
