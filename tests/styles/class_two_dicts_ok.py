"""A class keeping weights and biases in two dicts filled by its own init method; backward takes the output.

self.weights["W1"], self.biases["b1"], made by initialize_parameters(); forward_prop(X) column-major returning
the output; backward_prop(A, Y) storing gradients in self.grads; ReLU hidden units, softmax, one-hot Y.
"""
import numpy as np


class DeepNet:
    def __init__(self, layer_dims):
        self.layer_dims = layer_dims
        self.weights = {}
        self.biases = {}
        self.cache = {}
        self.grads = {}

    def initialize_parameters(self):
        for l in range(1, len(self.layer_dims)):
            fan_in = self.layer_dims[l - 1]
            self.weights["W" + str(l)] = np.random.randn(self.layer_dims[l], fan_in) * np.sqrt(2.0 / fan_in)
            self.biases["b" + str(l)] = np.zeros((self.layer_dims[l], 1))

    def forward_prop(self, X):
        L = len(self.layer_dims) - 1
        A = X
        self.cache["A0"] = X
        for l in range(1, L + 1):
            Z = self.weights["W" + str(l)] @ A + self.biases["b" + str(l)]
            self.cache["Z" + str(l)] = Z
            if l < L:
                A = np.maximum(Z, 0)
            else:
                E = np.exp(Z - Z.max(axis=0, keepdims=True))
                A = E / E.sum(axis=0, keepdims=True)
            self.cache["A" + str(l)] = A
        return A

    def backward_prop(self, A, Y):
        m = Y.shape[1]
        L = len(self.layer_dims) - 1
        dZ = A - Y
        for l in range(L, 0, -1):
            self.grads["dW" + str(l)] = dZ @ self.cache["A" + str(l - 1)].T / m
            self.grads["db" + str(l)] = dZ.sum(axis=1, keepdims=True) / m
            if l > 1:
                dZ = (self.weights["W" + str(l)].T @ dZ) * (self.cache["Z" + str(l - 1)] > 0)
