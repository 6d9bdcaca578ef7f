"""A model built from a list of (units, activation) pairs, input first (`Model([(784, None), (64, "relu"),
(10, "softmax")])`, read from a file here: the file writes no example), taken apart in a loop over the pairs; its forward keeps each layer's input and pre-activation, and
`backward(Y)` with one-hot labels returns a dict of gradients keyed like its parameters."""
import numpy as np


class Model:
    def __init__(self, layers, seed=3):
        rng = np.random.default_rng(seed)
        self.units, self.kinds = [], []
        for units, kind in layers:
            self.units.append(units)
            self.kinds.append(kind)
        self.params = {}
        for i in range(1, len(self.units)):
            fan_in = self.units[i - 1]
            self.params[f"W{i}"] = rng.normal(0.0, np.sqrt(2.0 / fan_in), (fan_in, self.units[i]))
            self.params[f"b{i}"] = np.zeros(self.units[i])

    @staticmethod
    def _apply(kind, z):
        if kind == "relu":
            return np.maximum(z, 0.0)
        if kind == "softmax":
            e = np.exp(z - z.max(axis=1, keepdims=True))
            return e / e.sum(axis=1, keepdims=True)
        raise ValueError(f"unknown activation {kind!r}")

    def forward(self, X):
        self.trace = []
        a = X
        for i in range(1, len(self.units)):
            z = a @ self.params[f"W{i}"] + self.params[f"b{i}"]
            self.trace.append((a, z))
            a = self._apply(self.kinds[i], z)
        self.out = a
        return a

    def backward(self, Y):
        grads = {}
        n = Y.shape[0]
        delta = (self.out - Y) / n
        for i in range(len(self.units) - 1, 0, -1):
            a_prev, z = self.trace[i - 1]
            if self.kinds[i] == "relu":
                delta = delta * (z > 0)
            grads[f"W{i}"] = a_prev.T @ delta
            grads[f"b{i}"] = delta.sum(axis=0)
            delta = delta @ self.params[f"W{i}"].T
        return grads

    def loss(self, Y):
        return -np.mean(np.sum(Y * np.log(self.out + 1e-12), axis=1))


if __name__ == "__main__":
    import json

    data = np.load("fashion_small.npz")
    with open("architecture.json") as f:
        model = Model([tuple(layer) for layer in json.load(f)])
    onehot = np.eye(10)[data["y"]]
    for step in range(100):
        model.forward(data["x"])
        for key, g in model.backward(onehot).items():
            model.params[key] -= 0.1 * g
