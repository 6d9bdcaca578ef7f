"""A class used as a namespace of deeplearning.ai-style functions whose constructor takes the data itself
(`__init__(self, X, y)` keeps the sample count `self.m` and the sizes); its methods take the parameters dict
(`forward(self, X, params)`, `backward(self, cache, params, y)`) and divide by `self.m`; integer labels: correct."""
import numpy as np


class TwoLayerModel:
    def __init__(self, X, y):
        self.m, self.n_features = X.shape
        self.n_classes = len(np.unique(y))
        self.hidden = 64
        self.lr = 0.5

    def init_params(self):
        return {"W1": np.random.randn(self.n_features, self.hidden) * 0.01, "b1": np.zeros((1, self.hidden)),
                "W2": np.random.randn(self.hidden, self.n_classes) * 0.01, "b2": np.zeros((1, self.n_classes))}

    def forward(self, X, params):
        z1 = X @ params["W1"] + params["b1"]
        a1 = np.maximum(z1, 0)
        z2 = a1 @ params["W2"] + params["b2"]
        e = np.exp(z2 - z2.max(axis=1, keepdims=True))
        probs = e / e.sum(axis=1, keepdims=True)
        return (X, z1, a1), probs

    def cost(self, probs, y):
        return -np.sum(np.log(probs[np.arange(self.m), y])) / self.m

    def backward(self, cache, params, y, probs):
        X, z1, a1 = cache
        dz2 = probs.copy()
        dz2[np.arange(self.m), y] -= 1
        dz2 /= self.m
        dz1 = (dz2 @ params["W2"].T) * (z1 > 0)
        return {"W1": X.T @ dz1, "b1": dz1.sum(axis=0, keepdims=True),
                "W2": a1.T @ dz2, "b2": dz2.sum(axis=0, keepdims=True)}

    def train(self, X, y, steps=100):
        params = self.init_params()
        for _ in range(steps):
            cache, probs = self.forward(X, params)
            grads = self.backward(cache, params, y, probs)
            for k in params:
                params[k] -= self.lr * grads[k]
        return params
