"""A course assignment's network class: `NeuralNetwork(input_size, hidden_sizes, output_size, num_layers, opt)`
whose constructor never reads `opt` (the optimizer is chosen later), keeps Adam's moment dicts `self.m`, `self.v`
keyed W1, b1, ... like the parameters and made before them, and reports a loss `np.mean((y - p) ** 2)
.astype(float)` over every element; ReLU hidden units, a sigmoid output, gradients stored in `self.gradients`:
correct."""
from typing import Sequence

import numpy as np


class NeuralNetwork:
    def __init__(self, input_size: int, hidden_sizes: Sequence[int], output_size: int, num_layers: int, opt: str):
        self.num_layers = num_layers
        self.m = {}
        self.v = {}
        self.t = 0
        sizes = [input_size] + list(hidden_sizes) + [output_size]
        for i in range(1, num_layers + 1):
            self.m["W" + str(i)] = np.zeros((sizes[i - 1], sizes[i]))
            self.m["b" + str(i)] = np.zeros(sizes[i])
            self.v["W" + str(i)] = np.zeros((sizes[i - 1], sizes[i]))
            self.v["b" + str(i)] = np.zeros(sizes[i])
        self.params = {}
        for i in range(1, num_layers + 1):
            self.params["W" + str(i)] = np.random.randn(sizes[i - 1], sizes[i]) / np.sqrt(sizes[i - 1])
            self.params["b" + str(i)] = np.zeros(sizes[i])
        self.outputs = {}
        self.gradients = {}

    def sigmoid(self, x):
        return 1.0 / (1.0 + np.exp(-x))

    def mse(self, y, p):
        return np.mean((y - p) ** 2).astype(float)

    def mse_grad(self, y, p):
        return -2 * (y - p) / np.prod(p.shape)

    def forward(self, X):
        self.outputs = {"a0": X}
        a = X
        for i in range(1, self.num_layers + 1):
            z = a @ self.params["W" + str(i)] + self.params["b" + str(i)]
            self.outputs["z" + str(i)] = z
            a = np.maximum(z, 0) if i < self.num_layers else self.sigmoid(z)
            self.outputs["a" + str(i)] = a
        return a

    def backward(self, y):
        L = self.num_layers
        p = self.outputs["a" + str(L)]
        delta = self.mse_grad(y, p) * p * (1 - p)
        for i in range(L, 0, -1):
            self.gradients["W" + str(i)] = self.outputs["a" + str(i - 1)].T @ delta
            self.gradients["b" + str(i)] = delta.sum(axis=0)
            if i > 1:
                delta = (delta @ self.params["W" + str(i)].T) * (self.outputs["z" + str(i - 1)] > 0)
        return self.mse(y, p)

    def update(self, lr=0.001, opt="SGD"):
        for k in self.params:
            self.params[k] -= lr * self.gradients[k]
