"""No forward or backward method: predict(X) gives the probabilities and fit(X, y, ...) does the rest inline.

One hidden ReLU layer, softmax, mean cross-entropy, integer labels, weights (in, out), biases (1, n).
"""
import numpy as np


class TwoLayerClassifier:
    def __init__(self, input_size, hidden_size, output_size, learning_rate=0.05):
        self.W1 = np.random.randn(input_size, hidden_size) * np.sqrt(2 / input_size)
        self.b1 = np.zeros((1, hidden_size))
        self.W2 = np.random.randn(hidden_size, output_size) * np.sqrt(1 / hidden_size)
        self.b2 = np.zeros((1, output_size))
        self.learning_rate = learning_rate

    def predict(self, X):
        h = np.maximum(X @ self.W1 + self.b1, 0)
        s = h @ self.W2 + self.b2
        p = np.exp(s - s.max(axis=1, keepdims=True))
        return p / p.sum(axis=1, keepdims=True)

    def fit(self, X, y, epochs=100, verbose=False):
        n = len(X)
        for epoch in range(epochs):
            z1 = X @ self.W1 + self.b1
            h = np.maximum(z1, 0)
            s = h @ self.W2 + self.b2
            p = np.exp(s - s.max(axis=1, keepdims=True))
            p /= p.sum(axis=1, keepdims=True)
            if verbose and epoch % 10 == 0:
                print(epoch, -np.log(p[np.arange(n), y]).mean())
            d2 = p.copy()
            d2[np.arange(n), y] -= 1
            d2 /= n
            d1 = (d2 @ self.W2.T) * (z1 > 0)
            self.W2 -= self.learning_rate * h.T @ d2
            self.b2 -= self.learning_rate * d2.sum(axis=0, keepdims=True)
            self.W1 -= self.learning_rate * X.T @ d1
            self.b1 -= self.learning_rate * d1.sum(axis=0, keepdims=True)
