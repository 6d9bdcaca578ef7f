"""A regression network whose constructor takes the count of its hidden layers beside their sizes
(`Regressor(no_inputs, no_outputs, no_hidden_layers, hidden_layers_sizes)`), lists of weights and biases, sigmoid
hidden units, an identity output and the mean of half the squared errors: correct."""
import numpy as np


class Regressor:
    def __init__(self, no_inputs, no_outputs, no_hidden_layers, hidden_layers_sizes, learning_rate=0.01):
        widths = [no_inputs] + [hidden_layers_sizes[i] for i in range(no_hidden_layers)] + [no_outputs]
        rng = np.random.default_rng(5)
        self.W = [rng.normal(0, 1 / np.sqrt(a), (a, b)) for a, b in zip(widths[:-1], widths[1:])]
        self.b = [np.zeros(b) for b in widths[1:]]
        self.learning_rate = learning_rate

    def forward(self, X):
        self.A = [X]
        for k, (W, b) in enumerate(zip(self.W, self.b)):
            z = self.A[-1] @ W + b
            self.A.append(z if k == len(self.W) - 1 else 1 / (1 + np.exp(-z)))
        return self.A[-1]

    def cost(self, X, y):
        return 0.5 * np.mean(np.sum((self.forward(X) - y) ** 2, axis=1))

    def gradients(self, X, y):
        out = self.forward(X)
        delta = (out - y) / X.shape[0]
        grads_W, grads_b = [], []
        for k in range(len(self.W) - 1, -1, -1):
            grads_W.insert(0, self.A[k].T @ delta)
            grads_b.insert(0, delta.sum(axis=0))
            if k:
                delta = (delta @ self.W[k].T) * self.A[k] * (1 - self.A[k])
        return grads_W, grads_b

    def train(self, X, y, epochs=100):
        for _ in range(epochs):
            grads_W, grads_b = self.gradients(X, y)
            for k in range(len(self.W)):
                self.W[k] -= self.learning_rate * grads_W[k]
                self.b[k] -= self.learning_rate * grads_b[k]
