"""A network built from a list of the file's own layer objects, typed (`Network(hidden: List[Dense], n_classes)`),
that builds its output layer itself from the last hidden layer's width; the file never writes that list down.
Column-major (W (out, in), x (features, batch)); the layers hold only their arrays and activation, the network's
`backprop(X, Y, probs)` stores `dW`, `db` on each layer; ReLU subclass for the hidden layers, softmax output,
one-hot labels as columns, its own mean cross-entropy: correct."""
from typing import List

import numpy as np


class Dense:
    def __init__(self, n_in, n_out):
        self.W = np.random.randn(n_out, n_in) * np.sqrt(2.0 / n_in)
        self.b = np.zeros((n_out, 1))
        self.z = self.a = None
        self.dW = self.db = None

    def activate(self, z):
        return z

    def slope(self, z):
        return np.ones_like(z)

    def run(self, x):
        self.z = self.W @ x + self.b
        self.a = self.activate(self.z)
        return self.a


class ReluDense(Dense):
    def activate(self, z):
        return np.maximum(z, 0.0)

    def slope(self, z):
        return (z > 0).astype(z.dtype)


class SoftmaxDense(Dense):
    def activate(self, z):
        e = np.exp(z - z.max(axis=0, keepdims=True))
        return e / e.sum(axis=0, keepdims=True)


class Network:
    def __init__(self, hidden: List[Dense], n_classes: int):
        self.layers = hidden + [SoftmaxDense(hidden[-1].W.shape[0], n_classes)]

    def forward(self, X):
        for layer in self.layers:
            X = layer.run(X)
        return X

    def cost(self, probs, Y):
        return -np.sum(Y * np.log(probs)) / Y.shape[1]

    def backprop(self, X, Y, probs):
        m = X.shape[1]
        dz = probs - Y
        for i in range(len(self.layers) - 1, -1, -1):
            layer = self.layers[i]
            below = self.layers[i - 1].a if i > 0 else X
            layer.dW = dz @ below.T / m
            layer.db = dz.sum(axis=1, keepdims=True) / m
            if i > 0:
                dz = (layer.W.T @ dz) * self.layers[i - 1].slope(self.layers[i - 1].z)

    def update(self, lr):
        for layer in self.layers:
            layer.W -= lr * layer.dW
            layer.b -= lr * layer.db
