"""A class that takes its samples as rows but computes with weights (out, in) and layer values as columns:
``Z1 = W1 @ X.T + b1`` gives (hidden, batch), its probabilities come back as (classes, batch), and its backward
takes the one-hot labels as rows (``P - Y.T``). ReLU hidden units, softmax + mean cross-entropy: correct."""
import numpy as np


class TwoLayerClassifier:
    def __init__(self, n_in=784, n_hidden=64, n_out=10):
        self.weights = {
            "W1": np.random.randn(n_hidden, n_in) * np.sqrt(2.0 / n_in),
            "b1": np.zeros((n_hidden, 1)),
            "W2": np.random.randn(n_out, n_hidden) * np.sqrt(2.0 / n_hidden),
            "b2": np.zeros((n_out, 1)),
        }
        self.saved = {}

    def forward(self, X):
        w = self.weights
        Z1 = w["W1"] @ X.T + w["b1"]
        A1 = np.maximum(Z1, 0.0)
        Z2 = w["W2"] @ A1 + w["b2"]
        E = np.exp(Z2 - Z2.max(axis=0, keepdims=True))
        P = E / E.sum(axis=0, keepdims=True)
        self.saved = {"X": X, "Z1": Z1, "A1": A1, "P": P}
        return P

    def backward(self, Y):
        s, w = self.saved, self.weights
        n = Y.shape[0]
        D2 = (s["P"] - Y.T) / n
        D1 = (w["W2"].T @ D2) * (s["Z1"] > 0)
        return {"W1": D1 @ s["X"], "b1": D1.sum(axis=1, keepdims=True),
                "W2": D2 @ s["A1"].T, "b2": D2.sum(axis=1, keepdims=True)}

    def step(self, grads, rate):
        for key, g in grads.items():
            self.weights[key] -= rate * g
