"""A column-major class built with its training set, Classifier(X_train, y_train), which it keeps only to count
the classes (len(np.unique(self.y_train))) when it one-hots a batch's integer labels. forward(X) keeps its values
on the instance and backward(X, y) takes the batch and its labels as arguments and stores dW1 .. db2 on it. Its
input width is fixed (784), its output width the count of classes."""
import numpy as np


class Classifier:
    def __init__(self, X_train, y_train, hidden=32):
        self.X_train, self.y_train = X_train, y_train
        n_in, n_out = 784, len(np.unique(y_train))
        self.W1 = np.random.randn(hidden, n_in) * np.sqrt(2.0 / n_in)
        self.b1 = np.zeros((hidden, 1))
        self.W2 = np.random.randn(n_out, hidden) * np.sqrt(2.0 / hidden)
        self.b2 = np.zeros((n_out, 1))

    def encode(self, y):
        return np.eye(len(np.unique(self.y_train)))[y].T

    def forward(self, X):
        self.Z1 = self.W1 @ X + self.b1
        self.A1 = np.maximum(self.Z1, 0.0)
        self.Z2 = self.W2 @ self.A1 + self.b2
        e = np.exp(self.Z2 - self.Z2.max(axis=0, keepdims=True))
        self.A2 = e / e.sum(axis=0, keepdims=True)

    def backward(self, X, y):
        m = y.size
        dZ2 = self.A2 - self.encode(y)
        self.dW2 = dZ2 @ self.A1.T / m
        self.db2 = dZ2.sum(axis=1, keepdims=True) / m
        dZ1 = (self.W2.T @ dZ2) * (self.Z1 > 0)
        self.dW1 = dZ1 @ X.T / m
        self.db1 = dZ1.sum(axis=1, keepdims=True) / m
