"""Bug: the output layer is a ReLU too (a regression net ending in max(0, z)), stepping with the delta 2 (a - y): the
gradient of a squared error without its 1/2, which no loss of the file's says it means; against MSE as xval defines
it (0.5 (a - t)^2 summed over the outputs, averaged over the batch) every gradient is 2 x."""
import numpy as np


class RegressionNet:
    def __init__(self, layer_sizes):
        self.weights = [np.random.randn(m, n) * np.sqrt(2.0 / m) for m, n in zip(layer_sizes[:-1], layer_sizes[1:])]
        self.biases = [np.zeros(n) for n in layer_sizes[1:]]

    def forward(self, x):
        self.zs, self.acts = [], [x]
        for W, b in zip(self.weights, self.biases):
            self.zs.append(self.acts[-1] @ W + b)
            self.acts.append(np.maximum(self.zs[-1], 0.0))  # the output as well
        return self.acts[-1]

    def backward(self, x, y, lr=0.01):
        delta = 2.0 * (self.acts[-1] - y) * (self.zs[-1] > 0) / len(x)
        for i in reversed(range(len(self.weights))):
            grad_w, grad_b = self.acts[i].T @ delta, delta.sum(axis=0)
            if i > 0:
                delta = delta @ self.weights[i].T * (self.zs[i - 1] > 0)
            self.weights[i] -= lr * grad_w
            self.biases[i] -= lr * grad_b
