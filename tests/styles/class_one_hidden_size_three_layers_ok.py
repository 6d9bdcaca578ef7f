"""A three-layer class built from one hidden size, Net3(input_size, hidden_size, output_size), that gives both
hidden layers that width (W2 is hidden x hidden): its depth is what it builds, not what its signature suggests.
Parameters in a dict, forward(X) caching on self, backward(y) returning a dict of gradients; ReLU hidden units,
softmax + cross-entropy averaged over the batch: correct."""
import numpy as np


class Net3:
    def __init__(self, input_size, hidden_size, output_size):
        scale_in, scale_h = np.sqrt(2.0 / input_size), np.sqrt(2.0 / hidden_size)
        self.params = {
            "W1": np.random.randn(input_size, hidden_size) * scale_in,
            "b1": np.zeros(hidden_size),
            "W2": np.random.randn(hidden_size, hidden_size) * scale_h,
            "b2": np.zeros(hidden_size),
            "W3": np.random.randn(hidden_size, output_size) * scale_h,
            "b3": np.zeros(output_size),
        }

    def forward(self, X):
        p = self.params
        self.X = X
        self.z1 = X @ p["W1"] + p["b1"]
        self.h1 = np.maximum(self.z1, 0)
        self.z2 = self.h1 @ p["W2"] + p["b2"]
        self.h2 = np.maximum(self.z2, 0)
        scores = self.h2 @ p["W3"] + p["b3"]
        scores = scores - scores.max(axis=1, keepdims=True)
        e = np.exp(scores)
        self.probs = e / e.sum(axis=1, keepdims=True)
        return self.probs

    def backward(self, y):
        n = self.X.shape[0]
        d3 = self.probs.copy()
        d3[np.arange(n), y] -= 1
        d3 /= n
        grads = {"W3": self.h2.T @ d3, "b3": d3.sum(axis=0)}
        d2 = (d3 @ self.params["W3"].T) * (self.z2 > 0)
        grads["W2"], grads["b2"] = self.h1.T @ d2, d2.sum(axis=0)
        d1 = (d2 @ self.params["W2"].T) * (self.z1 > 0)
        grads["W1"], grads["b1"] = self.X.T @ d1, d1.sum(axis=0)
        return grads
