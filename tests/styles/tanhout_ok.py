"""Class model, tanh on every layer (the output too), the squared error's delta through tanh': correct. Its forward
returns the output only, so the output function is read from that output; no loss is named, so it is MSE, the loss a
tanh output goes with."""
import numpy as np


class TanhNet:
    def __init__(self, sizes):
        rng = np.random.default_rng(5)
        self.weights = [rng.normal(0.0, 0.1, (a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.zeros((1, b)) for b in sizes[1:]]

    def forward(self, X):
        self.outs = [X]
        for W, b in zip(self.weights, self.biases):
            self.outs.append(np.tanh(self.outs[-1] @ W + b))
        return self.outs[-1]

    def backward(self, X, Y):
        delta = (self.outs[-1] - Y) * (1.0 - self.outs[-1] ** 2) / X.shape[0]
        grads_w, grads_b = [], []
        for i in range(len(self.weights) - 1, -1, -1):
            grads_w.insert(0, self.outs[i].T @ delta)
            grads_b.insert(0, delta.sum(axis=0, keepdims=True))
            if i > 0:
                delta = (delta @ self.weights[i].T) * (1.0 - self.outs[i] ** 2)
        return grads_w, grads_b
