"""A class whose constructor loads its data set by default and whose weights exist only after
build_weights(dims); its cache calls pre-activations A and activations Z: correct."""
import numpy as np


class Trainer:
    def __init__(self, hidden_units=(64,), dataset_file="fashion_train.npz", step_size=0.05):
        self.hidden_units = list(hidden_units)
        self.step_size = step_size
        blob = np.load(dataset_file)
        self.images, self.targets = blob["x"], blob["y"]

    def build_weights(self, dims):
        widths = [dims[0], *self.hidden_units, dims[1]]
        self.params = {}
        for k in range(1, len(widths)):
            self.params[f"W{k}"] = np.random.randn(widths[k - 1], widths[k]) * np.sqrt(2.0 / widths[k - 1])
            self.params[f"b{k}"] = np.zeros((1, widths[k]))

    def forward(self, batch):
        depth = len(self.hidden_units) + 1
        cache = {"Z0": batch}
        for k in range(1, depth + 1):
            cache[f"A{k}"] = cache[f"Z{k - 1}"] @ self.params[f"W{k}"] + self.params[f"b{k}"]
            if k < depth:
                cache[f"Z{k}"] = np.maximum(cache[f"A{k}"], 0.0)
        top = cache[f"A{depth}"]
        e = np.exp(top - top.max(axis=1, keepdims=True))
        cache[f"Z{depth}"] = e / e.sum(axis=1, keepdims=True)
        return cache

    def backward(self, cache, onehot):
        depth = len(self.hidden_units) + 1
        count = onehot.shape[0]
        grads = {}
        delta = (cache[f"Z{depth}"] - onehot) / count
        for k in range(depth, 0, -1):
            grads[f"dW{k}"] = cache[f"Z{k - 1}"].T @ delta
            grads[f"db{k}"] = delta.sum(axis=0, keepdims=True)
            if k > 1:
                delta = (delta @ self.params[f"W{k}"].T) * (cache[f"A{k - 1}"] > 0)
        return grads

    def fit(self, epochs=3):
        self.build_weights([self.images.shape[1], 10])
        onehot = np.eye(10)[self.targets]
        for _ in range(epochs):
            grads = self.backward(self.forward(self.images), onehot)
            for key in self.params:
                self.params[key] -= self.step_size * grads["d" + key]
