"""A class whose constructor leaves its two weight matrices None for the caller to set (here a fit() of its own
does, from the data), each (out, in + 1) with its bias folded into column 0: forward(X) joins a ones column, kept
under a name, in front of its inputs at each layer. backward(X, Y, probs, lam) returns the two folded gradients,
with an L2 term that leaves the bias column out. Tanh hidden units, a shifted softmax, the mean cross-entropy."""
import numpy as np


class TwoLayerClassifier:
    def __init__(self, hidden=32):
        self.hidden = hidden
        self.weights_1 = None
        self.weights_2 = None

    def forward(self, X):
        bias_col = np.ones((X.shape[0], 1))
        self.inp = np.hstack((bias_col, X))
        self.hid = np.tanh(self.inp @ self.weights_1.T)
        self.hid_ext = np.hstack((bias_col, self.hid))
        s = self.hid_ext @ self.weights_2.T
        e = np.exp(s - s.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def backward(self, X, Y, probs, lam):
        n = X.shape[0]
        d2 = (probs - Y) / n
        d1 = (d2 @ self.weights_2)[:, 1:] * (1.0 - self.hid ** 2)
        g2 = d2.T @ self.hid_ext
        g1 = d1.T @ self.inp
        g2[:, 1:] += lam / n * self.weights_2[:, 1:]
        g1[:, 1:] += lam / n * self.weights_1[:, 1:]
        return g1, g2

    def fit(self, X, Y, rate=0.2, steps=100, lam=0.0):
        gen = np.random.default_rng(9)
        self.weights_1 = gen.normal(0, 0.1, (self.hidden, X.shape[1] + 1))
        self.weights_2 = gen.normal(0, 0.1, (Y.shape[1], self.hidden + 1))
        for _ in range(steps):
            probs = self.forward(X)
            g1, g2 = self.backward(X, Y, probs, lam)
            self.weights_1 -= rate * g1
            self.weights_2 -= rate * g2
        return -np.mean(np.sum(Y * np.log(self.forward(X) + 1e-12), axis=1))


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    X = gen.normal(size=(60, 5))
    Y = np.eye(3)[gen.integers(0, 3, 60)]
    print(TwoLayerClassifier(8).fit(X, Y))
