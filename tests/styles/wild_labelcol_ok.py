"""A binary classifier whose code shows it has one output unit only by how it treats the labels: Classifier(
layer_sizes) with lists of W (in, out) and b (1, out); _forward(X) returns every layer's activation; _backward(X,
y_target, activations) makes the labels one column (y_target.reshape(-1, 1)) and updates in place. Sigmoid hidden
and output units, binary cross-entropy (delta a - y), mean over the batch: correct."""
import numpy as np


class Classifier:
    def __init__(self, layer_sizes, learning_rate=0.1):
        self.learning_rate = learning_rate
        self.weights, self.biases = [], []
        for n_in, n_out in zip(layer_sizes[:-1], layer_sizes[1:]):
            self.weights.append(np.random.randn(n_in, n_out) * np.sqrt(1.0 / n_in))
            self.biases.append(np.zeros((1, n_out)))

    @staticmethod
    def _sigmoid(v):
        return 1.0 / (1.0 + np.exp(-v))

    def _forward(self, X):
        activations = [X]
        for W, b in zip(self.weights, self.biases):
            activations.append(self._sigmoid(activations[-1] @ W + b))
        return activations

    def _backward(self, X, y_target, activations):
        m = X.shape[0]
        delta = activations[-1] - y_target.reshape(-1, 1)
        for i in reversed(range(len(self.weights))):
            grad_w = activations[i].T @ delta / m
            grad_b = delta.mean(axis=0, keepdims=True)
            if i > 0:
                a = activations[i]
                delta = (delta @ self.weights[i].T) * a * (1.0 - a)
            self.weights[i] -= self.learning_rate * grad_w
            self.biases[i] -= self.learning_rate * grad_b

    def fit(self, X, y, epochs=200):
        for _ in range(epochs):
            self._backward(X, y, self._forward(X))

    def predict(self, X):
        return (self._forward(X)[-1][:, 0] > 0.5).astype(int)
