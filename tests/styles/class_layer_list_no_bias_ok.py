"""Homework-style layer objects with no biases: ``Layer(n_in, n_out)`` keeps only ``weights`` (and what its last
pass saw), and ``MLP(n_layers)`` takes every layer's size under a name that reads like a count, ``len(n_layers)``
and ``n_layers[i]``. ``train_batch(x, y)`` runs the forward, walks the layers backwards and steps each weight
(tanh hidden units, softmax output, cross-entropy): correct."""
import numpy as np


class Layer:
    def __init__(self, n_in, n_out):
        self.weights = np.random.uniform(-1, 1, (n_in, n_out)) / np.sqrt(n_in)
        self.inp = np.zeros((1, n_in))
        self.out = np.zeros((1, n_out))


class MLP:
    def __init__(self, n_layers, lr=0.1):
        self.layers = [Layer(n_layers[i], n_layers[i + 1]) for i in range(len(n_layers) - 1)]
        self.lr = lr

    def forwardPass(self, x):
        a = x
        for k, layer in enumerate(self.layers):
            layer.inp = a
            z = a @ layer.weights
            if k < len(self.layers) - 1:
                a = np.tanh(z)
            else:
                z = z - z.max(axis=1, keepdims=True)
                a = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
            layer.out = a
        return a

    def train_batch(self, x, y):
        p = self.forwardPass(x)
        err = (p - y) / len(x)
        for k in range(len(self.layers) - 1, -1, -1):
            layer = self.layers[k]
            grad = layer.inp.T @ err
            if k > 0:
                err = (err @ layer.weights.T) * (1 - layer.inp ** 2)
            layer.weights = layer.weights - self.lr * grad
        return -np.mean(np.log(p[y == 1] + 1e-12))


if __name__ == "__main__":
    rng = np.random.default_rng(2)
    x = rng.random((60, 784))
    y = np.eye(10)[rng.integers(0, 10, 60)]
    model = MLP([784, 40, 20, 10])
    for epoch in range(5):
        print(epoch, model.train_batch(x, y))
