"""Dense layers that must be told their activation by name (Dense(784, 128, "relu"), the output layer
Dense(128, 10, "linear")) and compare it with strings, in a file that also has a ReLU layer class its dense
layers do not use: built with the names, never handed the class. Correct."""
import numpy as np


class ReLU:
    def forward(self, z):
        self.z = z
        return np.maximum(0, z)

    def backward(self, grad):
        return grad * (self.z > 0)


class Dense:
    def __init__(self, n_in, n_out, activation):
        self.W = np.random.randn(n_in, n_out) * np.sqrt(2 / n_in)
        self.b = np.zeros((1, n_out))
        self.activation = activation

    def forward(self, x):
        self.x = x
        self.z = x @ self.W + self.b
        if self.activation == "relu":
            return np.maximum(0, self.z)
        return self.z

    def backward(self, grad):
        if self.activation == "relu":
            grad = grad * (self.z > 0)
        self.dW = self.x.T @ grad
        self.db = grad.sum(axis=0, keepdims=True)
        return grad @ self.W.T


def build():
    return [Dense(784, 128, "relu"), Dense(128, 10, "linear")]
