"""A course-style class whose forward and backward are private (``__forward_propagation``, held by Python as
``_Classifier__forward_propagation``), built from its layer sizes and one activation name per layer, spelled
in its own code as 'relu', 'tanh' and 'sigmoid' (no softmax anywhere); the forward returns ``(AL, caches)``, the
backward takes those caches and returns a dict of gradients. Column-major, sigmoid outputs, binary
cross-entropy."""

import numpy as np


class Classifier:
    def __init__(self, layer_dims, activations):
        rng = np.random.default_rng(1)
        self.layer_dims = layer_dims
        self.activations = activations
        self.params = {}
        for l in range(1, len(layer_dims)):
            self.params[f"W{l}"] = rng.normal(0, 1, (layer_dims[l], layer_dims[l - 1])) / np.sqrt(layer_dims[l - 1])
            self.params[f"b{l}"] = np.zeros((layer_dims[l], 1))

    def __activate(self, Z, name):
        if name == "relu":
            return np.maximum(Z, 0)
        if name == "tanh":
            return np.tanh(Z)
        if name == "sigmoid":
            return 1 / (1 + np.exp(-Z))
        raise ValueError(f"unknown activation {name}")

    def __forward_propagation(self, X):
        caches = [{"A": X}]
        A = X
        for l in range(1, len(self.layer_dims)):
            Z = self.params[f"W{l}"] @ A + self.params[f"b{l}"]
            A = self.__activate(Z, self.activations[l - 1])
            caches.append({"Z": Z, "A": A})
        return A, caches

    def __backward_propagation(self, caches, Y):
        m = Y.shape[1]
        L = len(self.layer_dims) - 1
        grads = {}
        dZ = (caches[L]["A"] - Y) / m
        for l in range(L, 0, -1):
            grads[f"dW{l}"] = dZ @ caches[l - 1]["A"].T
            grads[f"db{l}"] = dZ.sum(axis=1, keepdims=True)
            if l > 1:
                dA = self.params[f"W{l}"].T @ dZ
                name, Z = self.activations[l - 2], caches[l - 1]["Z"]
                if name == "relu":
                    dZ = dA * (Z > 0)
                elif name == "tanh":
                    dZ = dA * (1 - np.tanh(Z) ** 2)
                else:
                    s = 1 / (1 + np.exp(-Z))
                    dZ = dA * s * (1 - s)
        return grads

    def cost(self, AL, Y):
        return float(-np.mean(np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL), axis=0)))

    def fit(self, X, Y, iterations=200, rate=0.5):
        for _ in range(iterations):
            AL, caches = self.__forward_propagation(X)
            grads = self.__backward_propagation(caches, Y)
            for l in range(1, len(self.layer_dims)):
                self.params[f"W{l}"] -= rate * grads[f"dW{l}"]
                self.params[f"b{l}"] -= rate * grads[f"db{l}"]
        return self.cost(AL, Y)

    def predict_prob(self, X):
        AL, _ = self.__forward_propagation(X)
        return AL


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(5, 80))
    Y = (X[:1] * X[1:2] > 0).astype(float)
    print(Classifier([5, 8, 1], ["relu", "sigmoid"]).fit(X, Y))
