"""A class whose two hidden layers have different activations: ReLU first, then tanh, a softmax output and the
batch mean of the cross-entropy; forward keeps its values on self, backward(X, y) returns the gradients as a dict,
each hidden delta times its own layer's derivative: correct."""
import numpy as np


class TwoActivationNet:
    def __init__(self, n_in, n_hid1, n_hid2, n_out, seed=0):
        rng = np.random.default_rng(seed)
        self.W1 = rng.normal(0.0, np.sqrt(2.0 / n_in), (n_in, n_hid1))
        self.b1 = np.zeros(n_hid1)
        self.W2 = rng.normal(0.0, np.sqrt(1.0 / n_hid1), (n_hid1, n_hid2))
        self.b2 = np.zeros(n_hid2)
        self.W3 = rng.normal(0.0, np.sqrt(1.0 / n_hid2), (n_hid2, n_out))
        self.b3 = np.zeros(n_out)

    def forward(self, X):
        self.z1 = X @ self.W1 + self.b1
        self.h1 = np.maximum(self.z1, 0.0)
        self.h2 = np.tanh(self.h1 @ self.W2 + self.b2)
        s = self.h2 @ self.W3 + self.b3
        e = np.exp(s - s.max(axis=1, keepdims=True))
        self.p = e / e.sum(axis=1, keepdims=True)
        return self.p

    def loss(self, y):
        return -np.mean(np.log(self.p[np.arange(len(y)), y] + 1e-12))

    def backward(self, X, y):
        n = len(y)
        d3 = self.p.copy()
        d3[np.arange(n), y] -= 1.0
        d3 /= n
        d2 = (d3 @ self.W3.T) * (1.0 - self.h2 ** 2)
        d1 = (d2 @ self.W2.T) * (self.z1 > 0)
        return {"W3": self.h2.T @ d3, "b3": d3.sum(axis=0), "W2": self.h1.T @ d2, "b2": d2.sum(axis=0),
                "W1": X.T @ d1, "b1": d1.sum(axis=0)}

    def train(self, X, y, lr=0.1, epochs=10, batch=32):
        for _ in range(epochs):
            for i in range(0, len(X), batch):
                xb, yb = X[i:i + batch], y[i:i + batch]
                self.forward(xb)
                grads = self.backward(xb, yb)
                for name, g in grads.items():
                    setattr(self, name, getattr(self, name) - lr * g)
