"""A layer kit with a squared-error loss layer: FullyConnected(n_in, n_out) keeping its gradients as dW and db,
Sigmoid units, and SquaredError whose forward(pred, target) gives the batch mean of each sample's summed
squared error and whose backward(pred, target) gives its gradient. Nothing chains them: the caller does."""
import numpy as np


class FullyConnected:
    def __init__(self, n_in, n_out):
        self.W = np.random.randn(n_in, n_out) * np.sqrt(1.0 / n_in)
        self.b = np.zeros(n_out)

    def forward(self, x):
        self.x = x
        return x @ self.W + self.b

    def backward(self, grad):
        self.dW = self.x.T @ grad
        self.db = grad.sum(axis=0)
        return grad @ self.W.T


class Sigmoid:
    def forward(self, x):
        self.s = 1.0 / (1.0 + np.exp(-x))
        return self.s

    def backward(self, grad):
        return grad * self.s * (1.0 - self.s)


class SquaredError:
    def forward(self, pred, target):
        return np.sum((pred - target) ** 2) / pred.shape[0]

    def backward(self, pred, target):
        return 2.0 * (pred - target) / pred.shape[0]


def sgd(layers, lr):
    for layer in layers:
        if isinstance(layer, FullyConnected):
            layer.W -= lr * layer.dW
            layer.b -= lr * layer.db
