"""A binary classifier in the manner of a school's graded tasks: `Net(n_in, nodes)` raises unless each size
is an int (`if type(nodes) is not int`), keeps private weights behind read-only properties, one sigmoid output unit
whose bias starts as the number 0; `forward_prop(X)` (features x samples) returns both activations and
`gradient_descent(X, Y, A1, A2, alpha)` steps in place. Mean binary cross-entropy."""
import numpy as np


class Net:
    def __init__(self, n_in, nodes):
        if type(n_in) is not int:
            raise TypeError("n_in must be an integer")
        if type(nodes) is not int:
            raise TypeError("nodes must be an integer")
        if n_in < 1 or nodes < 1:
            raise ValueError("sizes must be positive")
        self.__W1 = np.random.normal(size=(nodes, n_in))
        self.__b1 = np.zeros((nodes, 1))
        self.__A1 = 0
        self.__W2 = np.random.normal(size=(1, nodes))
        self.__b2 = 0
        self.__A2 = 0

    @property
    def W1(self):
        return self.__W1

    @property
    def W2(self):
        return self.__W2

    @property
    def A1(self):
        return self.__A1

    @property
    def A2(self):
        return self.__A2

    def forward_prop(self, X):
        self.__A1 = 1.0 / (1.0 + np.exp(-(self.__W1 @ X + self.__b1)))
        self.__A2 = 1.0 / (1.0 + np.exp(-(self.__W2 @ self.__A1 + self.__b2)))
        return self.__A1, self.__A2

    def cost(self, Y, A):
        m = Y.shape[1]
        return -np.sum(Y * np.log(A) + (1 - Y) * np.log(1.0000001 - A)) / m

    def gradient_descent(self, X, Y, A1, A2, alpha=0.05):
        m = X.shape[1]
        g2 = A2 - Y
        g1 = (self.__W2.T @ g2) * A1 * (1 - A1)
        self.__W2 = self.__W2 - alpha * (g2 @ A1.T) / m
        self.__b2 = self.__b2 - alpha * np.sum(g2, axis=1, keepdims=True) / m
        self.__W1 = self.__W1 - alpha * (g1 @ X.T) / m
        self.__b1 = self.__b1 - alpha * np.sum(g1, axis=1, keepdims=True) / m


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    X = gen.random((784, 64))
    Y = (gen.random((1, 64)) > 0.5).astype(float)
    net = Net(784, 16)
    for _ in range(10):
        A1, A2 = net.forward_prop(X)
        net.gradient_descent(X, Y, A1, A2)
    print(net.cost(Y, net.forward_prop(X)[1]))
