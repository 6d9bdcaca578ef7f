"""A class whose forward returns its layers' activations only when asked: `forward(X, store_activations=False)`
gives the output, `forward(X, store_activations=True)` the list [X, a1, ..., out]; `backprop(activations, Y)`
takes that list (its caller asks for it) and returns (bias_gradients, weight_gradients). Row-major, sigmoid
hidden layers, softmax output, mean cross-entropy."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class Network:
    def __init__(self, sizes):
        self.weights = [np.random.randn(m, n) / np.sqrt(m) for m, n in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.zeros((1, n)) for n in sizes[1:]]

    def forward(self, X, store_activations=False):
        a = X
        activations = [a]
        for i, (w, b) in enumerate(zip(self.weights, self.biases)):
            z = a @ w + b
            if i < len(self.weights) - 1:
                a = sigmoid(z)
            else:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                a = e / e.sum(axis=1, keepdims=True)
            activations.append(a)
        return activations if store_activations else a

    def backprop(self, activations, Y):
        n = len(Y)
        bias_gradients = [None] * len(self.biases)
        weight_gradients = [None] * len(self.weights)
        delta = (activations[-1] - Y) / n
        for i in reversed(range(len(self.weights))):
            weight_gradients[i] = activations[i].T @ delta
            bias_gradients[i] = delta.sum(axis=0, keepdims=True)
            if i:
                delta = (delta @ self.weights[i].T) * activations[i] * (1 - activations[i])
        return bias_gradients, weight_gradients
