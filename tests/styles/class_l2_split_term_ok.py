"""A class whose L2 strength is off by default (`Classifier(sizes, lr=0.1, reg=0.0)`), its loss method adding
`self.reg * penalty` where `penalty` is a local name summing the squared weights on lines of its own, and its
`backward(X, Y)` stepping in place with the matching `2 * reg * W`; ReLU units, softmax, cross-entropy: correct at
any strength (checked at xval's L2, its loss's penalty read through the local name)."""
import numpy as np


class Classifier:
    def __init__(self, sizes, lr=0.1, reg=0.0):
        rng = np.random.default_rng(4)
        self.W = [rng.normal(0.0, 0.1, (a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.b = [np.zeros((1, b)) for b in sizes[1:]]
        self.lr = lr
        self.reg = reg

    def forward(self, X):
        self.acts = [X]
        a = X
        for k in range(len(self.W)):
            z = a @ self.W[k] + self.b[k]
            if k < len(self.W) - 1:
                a = np.maximum(z, 0.0)
            else:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                a = e / e.sum(axis=1, keepdims=True)
            self.acts.append(a)
        return a

    def loss(self, P, Y):
        data = -np.mean(np.sum(Y * np.log(P + 1e-12), axis=1))
        penalty = sum(np.sum(W ** 2) for W in self.W)
        return data + self.reg * penalty

    def backward(self, X, Y):
        P = self.forward(X)
        delta = (P - Y) / X.shape[0]
        for k in range(len(self.W) - 1, -1, -1):
            gW = self.acts[k].T @ delta + 2.0 * self.reg * self.W[k]
            gb = delta.sum(axis=0, keepdims=True)
            if k > 0:
                delta = (delta @ self.W[k].T) * (self.acts[k] > 0)
            self.W[k] -= self.lr * gW
            self.b[k] -= self.lr * gb
