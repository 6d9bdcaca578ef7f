"""A class whose layer lists start with an empty array so that layer 1 sits at index 1 (`self.W = [np.array([])]`,
then one weight appended per layer), W (out, in) and biases as rows; `forward(X)` keeps each layer's values in lists
indexed the same way and `backprop(X, Y, lr)` steps in place. Sigmoid hidden units, softmax output, one-hot labels,
mean cross-entropy."""
import numpy as np


class Net:
    def __init__(self, structure):
        gen = np.random.default_rng(6)
        self.structure = structure
        self.W = [np.array([])]
        self.b = [np.array([])]
        for i in range(1, len(structure)):
            self.W.append(gen.normal(0.0, 0.1, (structure[i], structure[i - 1])))
            self.b.append(np.zeros((1, structure[i])))
        self.a = [None] * len(structure)

    def forward(self, X):
        self.a[0] = X
        last = len(self.structure) - 1
        for i in range(1, last + 1):
            z = self.a[i - 1] @ self.W[i].T + self.b[i]
            if i < last:
                self.a[i] = 1.0 / (1.0 + np.exp(-z))
            else:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                self.a[i] = e / e.sum(axis=1, keepdims=True)
        return self.a[last]

    def backprop(self, X, Y, lr):
        last = len(self.structure) - 1
        delta = (self.a[last] - Y) / len(X)
        for i in range(last, 0, -1):
            grad_W = delta.T @ self.a[i - 1]
            grad_b = delta.sum(axis=0, keepdims=True)
            if i > 1:
                delta = (delta @ self.W[i]) * self.a[i - 1] * (1.0 - self.a[i - 1])
            self.W[i] = self.W[i] - lr * grad_W
            self.b[i] = self.b[i] - lr * grad_b
