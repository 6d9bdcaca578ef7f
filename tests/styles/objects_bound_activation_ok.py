"""A layer kit with one generic activation layer built from a function and its derivative
(`Activation(tanh, tanh_prime)`), a fully connected layer whose backward(grad, rate) updates itself, and a model that
stacks them: correct. xval builds the activation layer with the file's own pairs."""
import numpy as np


class FullyConnected:
    def __init__(self, fan_in, fan_out):
        self.W = np.random.default_rng(8).normal(0.0, np.sqrt(1.0 / fan_in), (fan_in, fan_out))
        self.b = np.zeros((1, fan_out))

    def forward(self, x):
        self.x = x
        return x @ self.W + self.b

    def backward(self, grad, rate):
        grad_in = grad @ self.W.T
        self.W -= rate * (self.x.T @ grad)
        self.b -= rate * grad.sum(axis=0, keepdims=True)
        return grad_in


class Activation:
    def __init__(self, fn, fn_prime):
        self.fn, self.fn_prime = fn, fn_prime

    def forward(self, x):
        self.x = x
        return self.fn(x)

    def backward(self, grad, rate):
        return grad * self.fn_prime(self.x)


def tanh(x):
    return np.tanh(x)


def tanh_prime(x):
    return 1.0 - np.tanh(x) ** 2


def softmax(x):
    e = np.exp(x - x.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


class Model:
    def __init__(self):
        self.layers = []

    def add(self, layer):
        self.layers.append(layer)

    def fit_batch(self, x, y_onehot, rate):
        out = x
        for layer in self.layers:
            out = layer.forward(out)
        grad = (softmax(out) - y_onehot) / len(x)
        for layer in reversed(self.layers):
            grad = layer.backward(grad, rate)
