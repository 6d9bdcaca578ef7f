"""A class used as a namespace: `Mlp.init(sizes)`, `Mlp.forward(X, params) -> (probs, cache)` and
`Mlp.backward(cache, params, y) -> grads` are static methods taking a params dict, with no instance anywhere; ReLU
hidden units, softmax + cross-entropy averaged over the batch: correct."""
import numpy as np


class Mlp:
    @staticmethod
    def init(sizes, seed=7):
        rng = np.random.default_rng(seed)
        params = {}
        for i in range(1, len(sizes)):
            params[f"W{i}"] = rng.normal(0.0, np.sqrt(2.0 / sizes[i - 1]), (sizes[i - 1], sizes[i]))
            params[f"b{i}"] = np.zeros((1, sizes[i]))
        return params

    @staticmethod
    def relu(z):
        return np.maximum(z, 0.0)

    @staticmethod
    def forward(X, params):
        n_layers = len(params) // 2
        cache = {"A0": X}
        A = X
        for i in range(1, n_layers + 1):
            Z = A @ params[f"W{i}"] + params[f"b{i}"]
            cache[f"Z{i}"] = Z
            if i < n_layers:
                A = Mlp.relu(Z)
            else:
                E = np.exp(Z - Z.max(axis=1, keepdims=True))
                A = E / E.sum(axis=1, keepdims=True)
            cache[f"A{i}"] = A
        return A, cache

    @staticmethod
    def backward(cache, params, y):
        n_layers = len(params) // 2
        m = y.shape[0]
        dZ = cache[f"A{n_layers}"].copy()
        dZ[np.arange(m), y] -= 1.0
        dZ /= m
        grads = {}
        for i in range(n_layers, 0, -1):
            grads[f"dW{i}"] = cache[f"A{i - 1}"].T @ dZ
            grads[f"db{i}"] = dZ.sum(axis=0, keepdims=True)
            if i > 1:
                dZ = (dZ @ params[f"W{i}"].T) * (cache[f"Z{i - 1}"] > 0)
        return grads
