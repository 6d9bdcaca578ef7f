"""A binary classifier whose parameters are private attributes behind read-only properties, column-major, its
constructor checking that the sizes are integers, the output bias starting as the number 0."""
import numpy as np


class BinaryNet:
    """One hidden layer of sigmoid units, one sigmoid output."""

    def __init__(self, nx, nodes):
        if not isinstance(nx, int) or nx < 1:
            raise ValueError("nx must be a positive integer")
        if not isinstance(nodes, int) or nodes < 1:
            raise ValueError("nodes must be a positive integer")
        self.__W1 = np.random.randn(nodes, nx) * 0.1
        self.__b1 = np.zeros((nodes, 1))
        self.__A1 = 0
        self.__W2 = np.random.randn(1, nodes) * 0.1
        self.__b2 = 0
        self.__A2 = 0

    @property
    def W1(self):
        return self.__W1

    @property
    def W2(self):
        return self.__W2

    def forward_prop(self, X):
        self.__A1 = 1 / (1 + np.exp(-(self.__W1 @ X + self.__b1)))
        self.__A2 = 1 / (1 + np.exp(-(self.__W2 @ self.__A1 + self.__b2)))
        return self.__A1, self.__A2

    def cost(self, Y, A):
        m = Y.shape[1]
        return -np.sum(Y * np.log(A) + (1 - Y) * np.log(1.0000001 - A)) / m

    def gradient_descent(self, X, Y, A1, A2, alpha=0.05):
        m = Y.shape[1]
        dZ2 = A2 - Y
        dW2 = dZ2 @ A1.T / m
        db2 = dZ2.sum(axis=1, keepdims=True) / m
        dZ1 = (self.__W2.T @ dZ2) * A1 * (1 - A1)
        dW1 = dZ1 @ X.T / m
        db1 = dZ1.sum(axis=1, keepdims=True) / m
        self.__W2 = self.__W2 - alpha * dW2
        self.__b2 = self.__b2 - alpha * db2
        self.__W1 = self.__W1 - alpha * dW1
        self.__b1 = self.__b1 - alpha * db1

    def train(self, X, Y, iterations=1000, alpha=0.05):
        for _ in range(iterations):
            A1, A2 = self.forward_prop(X)
            self.gradient_descent(X, Y, A1, A2, alpha)
        return self.cost(Y, self.__A2)


if __name__ == "__main__":
    X = np.random.rand(3, 40)
    Y = (X.sum(axis=0, keepdims=True) > 1.5).astype(float)
    print(BinaryNet(3, 5).train(X, Y))
