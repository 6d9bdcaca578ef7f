"""Class with lists self.weights / self.biases, column-major (W (out, in), b (out, 1)), one-hot Y (10, m): correct."""
import numpy as np


class Network:
    def __init__(self, sizes):
        self.sizes = sizes
        self.weights = [np.random.randn(o, i) / np.sqrt(i) for i, o in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.zeros((o, 1)) for o in sizes[1:]]

    def feedforward(self, X):
        self.zs, self.activations = [], [X]
        a = X
        for k, (w, b) in enumerate(zip(self.weights, self.biases)):
            z = w @ a + b
            self.zs.append(z)
            if k < len(self.weights) - 1:
                a = np.maximum(z, 0.0)
            else:
                e = np.exp(z - z.max(axis=0))
                a = e / e.sum(axis=0)
            self.activations.append(a)
        return a

    def backprop(self, X, Y):
        m = X.shape[1]
        nabla_w = [None] * len(self.weights)
        nabla_b = [None] * len(self.biases)
        delta = (self.activations[-1] - Y) / m
        for k in range(len(self.weights) - 1, -1, -1):
            nabla_w[k] = delta @ self.activations[k].T
            nabla_b[k] = delta.sum(axis=1, keepdims=True)
            if k > 0:
                delta = (self.weights[k].T @ delta) * (self.zs[k - 1] > 0)
        return nabla_w, nabla_b
