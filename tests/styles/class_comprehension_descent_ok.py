"""A class whose backward returns the descent direction (its deltas are `Y - P`, minus the gradient) and whose
training method adds it, rebuilding each parameter list in a comprehension (`self.weights = [w + lr * g for w, g
in zip(self.weights, gw)]`): what it returns is read as minus the gradient. ReLU hidden units, softmax output,
column-major (W (out, in), samples as columns), lists of weights and biases: correct."""
import numpy as np


class StackedNet:
    def __init__(self, sizes, lr=0.05):
        rng = np.random.default_rng(5)
        self.weights = [rng.normal(0.0, np.sqrt(2.0 / a), (b, a)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.zeros((b, 1)) for b in sizes[1:]]
        self.lr = lr

    def feedforward(self, X):
        pre, post = [], [X]
        for k, (W, b) in enumerate(zip(self.weights, self.biases)):
            z = W @ post[-1] + b
            pre.append(z)
            if k == len(self.weights) - 1:
                e = np.exp(z - z.max(axis=0, keepdims=True))
                post.append(e / e.sum(axis=0, keepdims=True))
            else:
                post.append(np.maximum(z, 0.0))
        return pre, post

    def backprop(self, Y, pre, post):
        m = Y.shape[1]
        delta = (Y - post[-1]) / m
        gw, gb = [], []
        for k in reversed(range(len(self.weights))):
            gw.insert(0, delta @ post[k].T)
            gb.insert(0, delta.sum(axis=1, keepdims=True))
            if k:
                delta = (self.weights[k].T @ delta) * (pre[k - 1] > 0)
        return gw, gb

    def train(self, X, Y, epochs=10):
        for _ in range(epochs):
            pre, post = self.feedforward(X)
            gw, gb = self.backprop(Y, pre, post)
            self.weights = [w + self.lr * g for w, g in zip(self.weights, gw)]
            self.biases = [b + self.lr * g for b, g in zip(self.biases, gb)]
