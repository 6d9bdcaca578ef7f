"""A classifier class whose forward takes the softmax and keeps it on the instance (`self.cache["probs"] =
self.softmax(scores)`) but returns the scores; its backward reads the kept probabilities, its loss method the
cross-entropy of them; ReLU hidden units, integer labels."""
import numpy as np


class ScoresNet:
    def __init__(self, n_in, n_hidden, n_out, seed=9):
        rng = np.random.default_rng(seed)
        self.params = {"W1": rng.normal(0.0, np.sqrt(2.0 / n_in), (n_in, n_hidden)), "b1": np.zeros(n_hidden),
                       "W2": rng.normal(0.0, np.sqrt(2.0 / n_hidden), (n_hidden, n_out)), "b2": np.zeros(n_out)}
        self.cache = {}

    @staticmethod
    def softmax(s):
        e = np.exp(s - s.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def forward(self, X):
        h = np.maximum(X @ self.params["W1"] + self.params["b1"], 0.0)
        scores = h @ self.params["W2"] + self.params["b2"]
        self.cache.update(X=X, h=h)
        self.cache["probs"] = self.softmax(scores)
        return scores

    def loss(self, y):
        p = self.cache["probs"]
        return -np.mean(np.log(p[np.arange(len(y)), y]))

    def backward(self, y):
        d = self.cache["probs"].copy()
        d[np.arange(len(y)), y] -= 1.0
        d /= len(y)
        dh = (d @ self.params["W2"].T) * (self.cache["h"] > 0)
        return {"W2": self.cache["h"].T @ d, "b2": d.sum(axis=0),
                "W1": self.cache["X"].T @ dh, "b1": dh.sum(axis=0)}
