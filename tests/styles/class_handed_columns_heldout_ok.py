"""A class handed its data at construction, samples as columns: `Classifier(X, Y, X_val, Y_val, n_classes,
hidden)` keeps a training set and a held-out set, asserts their shapes against `self.n = X.shape[1]`, takes the
input size from the data and the output size apart (`hidden` lists the hidden widths only); its weights come from
a separate `init_params()` call. `propagate()` and `gradients()` take no arguments: they read `self.X`, `self.Y` and
`self.n`. Tanh hidden units, softmax over each column, the mean cross-entropy `propagate` returns with its dict of layer values."""
import numpy as np


class Classifier:
    def __init__(self, X, Y, X_val, Y_val, n_classes, hidden):
        self.X, self.Y = X, Y
        self.X_val, self.Y_val = X_val, Y_val
        self.n = X.shape[1]
        self.widths = [X.shape[0], *hidden, n_classes]
        assert Y.shape == (n_classes, self.n)
        assert X_val.shape[0] == X.shape[0]
        self.p = {}
        self.keep = {}

    def init_params(self):
        rng = np.random.default_rng(2)
        for k in range(1, len(self.widths)):
            self.p[f"W{k}"] = rng.normal(0.0, 1.0 / np.sqrt(self.widths[k - 1]),
                                         (self.widths[k], self.widths[k - 1]))
            self.p[f"b{k}"] = np.zeros((self.widths[k], 1))

    def propagate(self):
        depth = len(self.widths) - 1
        self.keep["A0"] = self.X
        for k in range(1, depth + 1):
            Z = self.p[f"W{k}"] @ self.keep[f"A{k - 1}"] + self.p[f"b{k}"]
            if k < depth:
                self.keep[f"A{k}"] = np.tanh(Z)
            else:
                E = np.exp(Z - Z.max(axis=0, keepdims=True))
                self.keep[f"A{k}"] = E / E.sum(axis=0, keepdims=True)
        out = self.keep[f"A{depth}"]
        assert out.shape == (self.widths[-1], self.n)
        return -np.sum(self.Y * np.log(out + 1e-12)) / self.n, self.keep

    def gradients(self):
        depth = len(self.widths) - 1
        g = {}
        D = (self.keep[f"A{depth}"] - self.Y) / self.n
        for k in range(depth, 0, -1):
            g[f"dW{k}"] = D @ self.keep[f"A{k - 1}"].T
            g[f"db{k}"] = D.sum(axis=1, keepdims=True)
            if k > 1:
                D = (self.p[f"W{k}"].T @ D) * (1.0 - self.keep[f"A{k - 1}"] ** 2)
        return g

    def fit(self, rate=0.1, rounds=50):
        self.init_params()
        for r in range(rounds):
            cost, _ = self.propagate()
            g = self.gradients()
            for k in range(1, len(self.widths)):
                self.p[f"W{k}"] -= rate * g[f"dW{k}"]
                self.p[f"b{k}"] -= rate * g[f"db{k}"]
            if r % 10 == 0:
                print(r, cost)


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    X = gen.random((784, 120))
    Y = np.eye(10)[:, gen.integers(0, 10, 120)]
    net = Classifier(X, Y, X[:, :20], Y[:, :20], 10, [64, 32])
    net.fit()
