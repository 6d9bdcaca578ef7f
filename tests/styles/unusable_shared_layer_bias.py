"""Exit 2: a class whose biases are one number per layer (`self.bias.append(rng.uniform(-0.5, 0.5))`), added to
every unit of the layer: a model the oracles do not take (one bias per unit), named in the exit message."""
import numpy as np


class SharedBiasNet:
    def __init__(self, layout, rate=0.2):
        rng = np.random.default_rng(4)
        self.layout, self.rate = layout, rate
        self.weights, self.bias = [], []
        for k in range(len(layout) - 1):
            self.weights.append(rng.uniform(-0.5, 0.5, (layout[k + 1], layout[k])))
            self.bias.append(float(rng.uniform(-0.5, 0.5)))

    @staticmethod
    def act(z):
        return 1.0 / (1.0 + np.exp(-z))

    def forward(self, X):
        signal = X.T
        for W, b in zip(self.weights, self.bias):
            signal = self.act(W @ signal + b)
        return signal.T

    def backward(self, X, Y):
        outs = [X.T]
        for W, b in zip(self.weights, self.bias):
            outs.append(self.act(W @ outs[-1] + b))
        delta = (outs[-1] - Y.T) / X.shape[0]
        for k in range(len(self.weights) - 1, -1, -1):
            gW = delta @ outs[k].T
            gb = float(delta.sum())
            if k:
                delta = (self.weights[k].T @ delta) * outs[k] * (1 - outs[k])
            self.weights[k] -= self.rate * gW
            self.bias[k] -= self.rate * gb
