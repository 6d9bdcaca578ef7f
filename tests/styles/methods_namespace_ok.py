"""A class used as a namespace: its methods take the parameters dict and the caches as arguments (course code put
in a class), column-major, tanh hidden units, softmax + cross-entropy, one-hot labels: correct."""
import numpy as np


class DeepTanhModel:
    def __init__(self, layer_dims, learning_rate=0.1, seed=3):
        self.layer_dims = layer_dims
        self.learning_rate = learning_rate
        self.rng = np.random.default_rng(seed)

    def initialize_parameters(self):
        parameters = {}
        for l in range(1, len(self.layer_dims)):
            fan_in = self.layer_dims[l - 1]
            parameters["W" + str(l)] = self.rng.normal(0, 1 / np.sqrt(fan_in), (self.layer_dims[l], fan_in))
            parameters["b" + str(l)] = np.zeros((self.layer_dims[l], 1))
        return parameters

    def softmax(self, Z):
        expZ = np.exp(Z - Z.max(axis=0, keepdims=True))
        return expZ / expZ.sum(axis=0, keepdims=True)

    def forward_propagation(self, X, parameters):
        L = len(parameters) // 2
        caches = [(None, X)]
        A = X
        for l in range(1, L + 1):
            Z = parameters["W" + str(l)] @ A + parameters["b" + str(l)]
            A = self.softmax(Z) if l == L else np.tanh(Z)
            caches.append((Z, A))
        return A, caches

    def compute_cost(self, AL, Y):
        m = Y.shape[1]
        return -np.sum(Y * np.log(AL + 1e-12)) / m

    def backward_propagation(self, AL, Y, caches, parameters):
        grads = {}
        L = len(caches) - 1
        m = Y.shape[1]
        dZ = (AL - Y) / m
        for l in range(L, 0, -1):
            A_prev = caches[l - 1][1]
            grads["dW" + str(l)] = dZ @ A_prev.T
            grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True)
            if l > 1:
                dZ = (parameters["W" + str(l)].T @ dZ) * (1 - caches[l - 1][1] ** 2)
        return grads

    def update_parameters(self, parameters, grads):
        for key in parameters:
            parameters[key] = parameters[key] - self.learning_rate * grads["d" + key]
        return parameters

    def fit(self, X, Y, epochs=100):
        parameters = self.initialize_parameters()
        for _ in range(epochs):
            AL, caches = self.forward_propagation(X, parameters)
            self.cost = self.compute_cost(AL, Y)
            grads = self.backward_propagation(AL, Y, caches, parameters)
            parameters = self.update_parameters(parameters, grads)
        return parameters
