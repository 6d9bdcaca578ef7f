"""A class whose constructor takes one hidden width under a plural name (`hidden_units`, one int: one hidden
layer) and an initialisation mode it only compares against literals in a helper (`if mode == 1: random ... elif
mode == 0: a fixed table ... else: zeros`); sigmoid hidden units, softmax + cross-entropy averaged over the batch,
gradients kept on the instance as dW1 .. db2: correct."""
import numpy as np


def make_weights(n_in, n_hidden, n_out, mode):
    if mode == 1:
        rng = np.random.default_rng(8)
        return rng.uniform(-0.1, 0.1, (n_in, n_hidden)), rng.uniform(-0.1, 0.1, (n_hidden, n_out))
    elif mode == 0:
        return np.full((n_in, n_hidden), 0.05), np.full((n_hidden, n_out), -0.05)
    return np.zeros((n_in, n_hidden)), np.zeros((n_hidden, n_out))


class TwoLayer:
    def __init__(self, in_dim, hidden_units, out_dim, init_mode, lr):
        self.W1, self.W2 = make_weights(in_dim, hidden_units, out_dim, init_mode)
        self.b1, self.b2 = np.zeros(hidden_units), np.zeros(out_dim)
        self.lr = lr

    def forward(self, X):
        self.X = X
        self.h = 1.0 / (1.0 + np.exp(-(X @ self.W1 + self.b1)))
        s = self.h @ self.W2 + self.b2
        e = np.exp(s - s.max(axis=1, keepdims=True))
        self.p = e / e.sum(axis=1, keepdims=True)
        return self.p

    def backward(self, onehot):
        d2 = (self.p - onehot) / len(onehot)
        self.dW2, self.db2 = self.h.T @ d2, d2.sum(axis=0)
        d1 = (d2 @ self.W2.T) * self.h * (1.0 - self.h)
        self.dW1, self.db1 = self.X.T @ d1, d1.sum(axis=0)

    def step(self):
        for name in ("W1", "b1", "W2", "b2"):
            setattr(self, name, getattr(self, name) - self.lr * getattr(self, "d" + name))
