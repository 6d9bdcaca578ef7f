"""Class whose methods are spelled as many people spell them (forwardPropogation, backwardPropogation): correct."""
import numpy as np


class TwoLayerNet:
    def __init__(self, n_in=784, n_hidden=64, n_out=10):
        self.W1 = np.random.randn(n_in, n_hidden) * np.sqrt(2.0 / n_in)
        self.b1 = np.zeros((1, n_hidden))
        self.W2 = np.random.randn(n_hidden, n_out) * np.sqrt(2.0 / n_hidden)
        self.b2 = np.zeros((1, n_out))

    def forwardPropogation(self, X):
        self.X = X
        self.Z1 = X @ self.W1 + self.b1
        self.A1 = np.maximum(self.Z1, 0)
        Z2 = self.A1 @ self.W2 + self.b2
        E = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
        self.A2 = E / E.sum(axis=1, keepdims=True)
        return self.A2

    def backwardPropogation(self, Y):
        m = Y.shape[0]
        T = np.eye(self.A2.shape[1])[Y]
        dZ2 = (self.A2 - T) / m
        grads = {"dW2": self.A1.T @ dZ2, "db2": dZ2.sum(axis=0, keepdims=True)}
        dZ1 = (dZ2 @ self.W2.T) * (self.Z1 > 0)
        grads["dW1"] = self.X.T @ dZ1
        grads["db1"] = dZ1.sum(axis=0, keepdims=True)
        return grads
