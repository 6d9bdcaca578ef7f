"""Class model, parameters in a dict, backward(y) returning a dict of gradients: correct."""
import numpy as np


class NeuralNetwork:
    def __init__(self, layer_sizes, seed=0):
        rng = np.random.default_rng(seed)
        self.params = {}
        for i in range(1, len(layer_sizes)):
            self.params[f"W{i}"] = rng.standard_normal((layer_sizes[i - 1], layer_sizes[i])) * 0.05
            self.params[f"b{i}"] = np.zeros(layer_sizes[i])
        self.L = len(layer_sizes) - 1

    def forward(self, X):
        self.cache = {"A0": X}
        A = X
        for i in range(1, self.L + 1):
            Z = A @ self.params[f"W{i}"] + self.params[f"b{i}"]
            self.cache[f"Z{i}"] = Z
            if i < self.L:
                A = np.maximum(0, Z)
            else:
                Z = Z - Z.max(axis=1, keepdims=True)
                A = np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True)
            self.cache[f"A{i}"] = A
        return A

    def backward(self, y):
        n = y.shape[0]
        grads = {}
        dZ = self.cache[f"A{self.L}"].copy()
        dZ[np.arange(n), y] -= 1
        dZ /= n
        for i in range(self.L, 0, -1):
            grads[f"dW{i}"] = self.cache[f"A{i - 1}"].T @ dZ
            grads[f"db{i}"] = dZ.sum(axis=0)
            if i > 1:
                dZ = (dZ @ self.params[f"W{i}"].T) * (self.cache[f"Z{i - 1}"] > 0)
        return grads
