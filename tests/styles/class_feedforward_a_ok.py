"""Class whose forward is feedforward(self, a), its one input named like an activation, returning only `a` (the
output, whatever its name); a stub backward that raises beside a working train_step(X, y, lr): correct."""
import numpy as np


class MLP:
    def __init__(self, sizes):
        rng = np.random.default_rng(8)
        self.weights = [rng.normal(0.0, 0.05, (m, n)) for m, n in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.zeros((1, n)) for n in sizes[1:]]

    def feedforward(self, a):
        self.zs, self.activations = [], [a]
        for i, (w, b) in enumerate(zip(self.weights, self.biases)):
            z = a @ w + b
            self.zs.append(z)
            if i + 1 < len(self.weights):
                a = np.maximum(z, 0.0)
            else:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                a = e / e.sum(axis=1, keepdims=True)
            self.activations.append(a)
        return a

    def backward(self, X, y):
        raise NotImplementedError("the exercise's optional part: see train_step")

    def train_step(self, X, y, lr):
        out = self.feedforward(X)
        delta = out.copy()
        delta[np.arange(len(y)), y] -= 1.0
        delta /= len(y)
        for i in reversed(range(len(self.weights))):
            gw, gb = self.activations[i].T @ delta, delta.sum(axis=0, keepdims=True)
            if i > 0:
                delta = (delta @ self.weights[i].T) * (self.zs[i - 1] > 0)
            self.weights[i] -= lr * gw
            self.biases[i] -= lr * gb
