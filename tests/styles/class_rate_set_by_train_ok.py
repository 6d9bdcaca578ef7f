"""A class whose backward applies its gradients with self.learning_rate, an attribute only train() sets (the
constructor does not): xval sets it before each step; ReLU, softmax + cross-entropy, stored gradients: correct."""
import numpy as np


class MLP:
    def __init__(self, input_size, hidden_size, output_size):
        self.W1 = np.random.randn(input_size, hidden_size) * np.sqrt(2.0 / input_size)
        self.b1 = np.zeros((1, hidden_size))
        self.W2 = np.random.randn(hidden_size, output_size) * np.sqrt(1.0 / hidden_size)
        self.b2 = np.zeros((1, output_size))

    def forward(self, X):
        self.z1 = X @ self.W1 + self.b1
        self.a1 = np.maximum(self.z1, 0)
        self.z2 = self.a1 @ self.W2 + self.b2
        e = np.exp(self.z2 - self.z2.max(axis=1, keepdims=True))
        self.probs = e / e.sum(axis=1, keepdims=True)
        return self.probs

    def backward(self, X, y_onehot):
        n = X.shape[0]
        d2 = (self.probs - y_onehot) / n
        self.dW2, self.db2 = self.a1.T @ d2, d2.sum(axis=0, keepdims=True)
        d1 = (d2 @ self.W2.T) * (self.z1 > 0)
        self.dW1, self.db1 = X.T @ d1, d1.sum(axis=0, keepdims=True)
        self.W2 -= self.learning_rate * self.dW2
        self.b2 -= self.learning_rate * self.db2
        self.W1 -= self.learning_rate * self.dW1
        self.b1 -= self.learning_rate * self.db1

    def train(self, X, y_onehot, epochs, learning_rate):
        self.learning_rate = learning_rate
        for _ in range(epochs):
            self.forward(X)
            self.backward(X, y_onehot)
