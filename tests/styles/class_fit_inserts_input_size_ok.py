"""A column-major class given its layer sizes without the input's: ``Perceptron([64, 10])``. Its fit reads the
sample count and the input size from the data before its loop (``self.n = X.shape[1]``,
``self.sizes.insert(0, X.shape[0])``), then makes the weights; its backward divides by ``self.n`` (tanh hidden
units, softmax output, cross-entropy): correct."""
import numpy as np


class Perceptron:
    def __init__(self, sizes):
        self.sizes = sizes
        self.depth = len(self.sizes)
        self.n = 0
        self.weights = {}

    def make_weights(self):
        rng = np.random.default_rng(7)
        for k in range(1, len(self.sizes)):
            self.weights["W" + str(k)] = rng.standard_normal((self.sizes[k], self.sizes[k - 1])) / np.sqrt(
                self.sizes[k - 1])
            self.weights["b" + str(k)] = np.zeros((self.sizes[k], 1))

    def forward(self, X):
        kept = {"A0": X}
        A = X
        for k in range(1, self.depth):
            Z = self.weights["W" + str(k)] @ A + self.weights["b" + str(k)]
            A = np.tanh(Z)
            kept["Z" + str(k)], kept["A" + str(k)] = Z, A
        Z = self.weights["W" + str(self.depth)] @ A + self.weights["b" + str(self.depth)]
        E = np.exp(Z - Z.max(axis=0, keepdims=True))
        A = E / E.sum(axis=0, keepdims=True)
        kept["A" + str(self.depth)] = A
        return A, kept

    def backward(self, X, Y, kept):
        grads = {}
        dZ = kept["A" + str(self.depth)] - Y
        for k in range(self.depth, 0, -1):
            grads["dW" + str(k)] = dZ @ kept["A" + str(k - 1)].T / self.n
            grads["db" + str(k)] = dZ.sum(axis=1, keepdims=True) / self.n
            if k > 1:
                dA = self.weights["W" + str(k)].T @ dZ
                dZ = dA * (1 - kept["A" + str(k - 1)] ** 2)
        return grads

    def fit(self, X, Y, rate=0.5, epochs=100):
        self.n = X.shape[1]
        self.sizes.insert(0, X.shape[0])
        self.make_weights()
        for epoch in range(epochs):
            A, kept = self.forward(X)
            cost = -np.sum(Y * np.log(A + 1e-9)) / self.n
            grads = self.backward(X, Y, kept)
            for k in range(1, self.depth + 1):
                self.weights["W" + str(k)] -= rate * grads["dW" + str(k)]
                self.weights["b" + str(k)] -= rate * grads["db" + str(k)]
            if epoch % 20 == 0:
                print(epoch, cost)


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.random((784, 50))
    Y = np.eye(10)[:, rng.integers(0, 10, 50)]
    Perceptron([64, 10]).fit(X, Y)
