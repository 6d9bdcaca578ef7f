"""A class whose forward takes the activation function as an argument, `propagate(X, act_fn)`, and whose own
methods always pass it `lambda v: self.squash(v, kind=self.kind)`; sizes named `nn_in_dim`, `nn_hid_dim`,
`nn_out_dim`. The gradients come back from `grads(X, y)` as dW1, dW2, db1, db2 (by name, in that order); the loss
is the batch mean of the natural-log cross-entropy, an L2 term added to it with `+=` (its strength 0 by default)."""
import numpy as np


class ShallowNet:
    def __init__(self, nn_in_dim, nn_hid_dim, nn_out_dim, kind="tanh", reg=0.0, seed=3):
        gen = np.random.default_rng(seed)
        self.kind, self.reg = kind, reg
        self.W1 = gen.normal(size=(nn_in_dim, nn_hid_dim)) / np.sqrt(nn_in_dim)
        self.b1 = np.zeros((1, nn_hid_dim))
        self.W2 = gen.normal(size=(nn_hid_dim, nn_out_dim)) / np.sqrt(nn_hid_dim)
        self.b2 = np.zeros((1, nn_out_dim))

    def squash(self, v, kind):
        if kind == "tanh":
            return np.tanh(v)
        if kind == "sigmoid":
            return 1 / (1 + np.exp(-v))
        return np.maximum(v, 0)

    def squash_slope(self, v, kind):
        if kind == "tanh":
            return 1 - np.tanh(v) ** 2
        if kind == "sigmoid":
            s = 1 / (1 + np.exp(-v))
            return s * (1 - s)
        return (v > 0) * 1.0

    def propagate(self, X, act_fn):
        self.h_in = X @ self.W1 + self.b1
        self.h = act_fn(self.h_in)
        self.o_in = self.h @ self.W2 + self.b2
        e = np.exp(self.o_in - self.o_in.max(axis=1, keepdims=True))
        self.p = e / e.sum(axis=1, keepdims=True)
        return self.p

    def calculate_loss(self, X, y):
        count = len(X)
        self.propagate(X, lambda v: self.squash(v, kind=self.kind))
        data_loss = -np.sum(np.log(self.p[range(count), y]))
        data_loss += self.reg / 2 * (np.sum(self.W1 ** 2) + np.sum(self.W2 ** 2))
        return data_loss / count

    def backprop(self, X, y):
        count = len(X)
        g_out = self.p.copy()
        g_out[range(count), y] -= 1
        g_hid = (g_out @ self.W2.T) * self.squash_slope(self.h_in, self.kind)
        dW2 = self.h.T @ g_out / count
        db2 = g_out.sum(axis=0, keepdims=True) / count
        dW1 = X.T @ g_hid / count
        db1 = g_hid.sum(axis=0, keepdims=True) / count
        return dW1, dW2, db1, db2

    def fit(self, X, y, rate=0.05, rounds=100):
        for _ in range(rounds):
            self.propagate(X, lambda v: self.squash(v, kind=self.kind))
            dW1, dW2, db1, db2 = self.backprop(X, y)
            self.W1 -= rate * dW1
            self.W2 -= rate * dW2
            self.b1 -= rate * db1
            self.b2 -= rate * db2
        return self.calculate_loss(X, y)


if __name__ == "__main__":
    gen = np.random.default_rng(1)
    X, y = gen.normal(size=(40, 2)), gen.integers(0, 2, 40)
    print(ShallowNet(2, 5, 2).fit(X, y))
