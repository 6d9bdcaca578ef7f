"""Layer objects whose parameters are small holder objects: Param(value) keeps the array in .value and its gradient
in .grad; Dense(n_in, n_out) holds self.w = Param(...) (in, out) and self.b = Param(...) (1, out), its backward
fills w.grad and b.grad; a Relu layer; no container, no loss layer. Correct."""
import numpy as np


class Param:
    def __init__(self, value):
        self.value = value
        self.grad = np.zeros_like(value)


class Dense:
    def __init__(self, n_in, n_out):
        scale = np.sqrt(2.0 / n_in)
        self.w = Param(np.random.default_rng(4).normal(0.0, scale, (n_in, n_out)))
        self.b = Param(np.zeros((1, n_out)))

    def forward(self, x):
        self.x = x
        return x @ self.w.value + self.b.value

    def backward(self, dout):
        self.w.grad = self.x.T @ dout
        self.b.grad = dout.sum(axis=0, keepdims=True)
        return dout @ self.w.value.T


class Relu:
    def forward(self, x):
        self.on = x > 0
        return np.where(self.on, x, 0.0)

    def backward(self, dout):
        return dout * self.on
