"""Exit 2: a class that folds every bias into its weights (a column of ones joined to the input in fit, each
weight matrix one row taller than its layer's inputs) and steps one sample at a time; it has no forward of the
usual shape, only predict, which adds the ones itself."""
import numpy as np


class Net:
    def __init__(self, widths, step=0.1):
        gen = np.random.default_rng(2)
        self.mats = [gen.normal(0, 1 / np.sqrt(a), (a + 1, b)) for a, b in zip(widths[:-1], widths[1:])]
        self.step = step

    @staticmethod
    def logistic(v):
        return 1.0 / (1.0 + np.exp(-v))

    def fit(self, X, y, passes=100):
        X = np.concatenate([X, np.ones((len(X), 1))], axis=1)
        for _ in range(passes):
            for row, target in zip(X, y):
                self.learn_one(row, target)

    def learn_one(self, row, target):
        outs = [np.atleast_2d(row)]
        for k, M in enumerate(self.mats):
            a = self.logistic(outs[-1] @ M)
            if k < len(self.mats) - 1:
                a = np.hstack([a, np.ones((1, 1))])
            outs.append(a)
        delta = (outs[-1] - target) * outs[-1] * (1 - outs[-1])
        for k in range(len(self.mats) - 1, -1, -1):
            grad = outs[k].T @ delta
            if k > 0:  # the ones column has no delta of its own
                delta = (delta @ self.mats[k].T)[:, :-1] * outs[k][:, :-1] * (1 - outs[k][:, :-1])
            self.mats[k] -= self.step * grad

    def predict(self, X):
        a = np.concatenate([np.atleast_2d(X), np.ones((len(np.atleast_2d(X)), 1))], axis=1)
        for k, M in enumerate(self.mats):
            a = self.logistic(a @ M)
            if k < len(self.mats) - 1:
                a = np.hstack([a, np.ones((len(a), 1))])
        return (a > 0.5).astype(int)


if __name__ == "__main__":
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    y = np.array([[0], [1], [1], [0]], dtype=float)
    net = Net([2, 3, 1])
    net.fit(X, y, 2000)
    print(net.predict(X).ravel())
