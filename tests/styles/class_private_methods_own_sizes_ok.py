"""A class that keeps everything private: `Recognizer()` takes nothing, `__init_params(self, size)` makes a
16-unit hidden layer and 10 outputs for inputs of `size` features (called by `train` with the data's row count),
`__forward_propagation(self, X)` returns `Z1, A1, Z2, A2` for samples as columns, and `__backward_propagation(self,
X, Y, A1, A2, Z1, m)` returns `dW1, db1, dW2, db2`. Its helpers are static methods it calls through the class.
ReLU hidden units, softmax, the mean cross-entropy of integer labels it makes one-hot itself."""
import numpy as np


class Recognizer:
    def __init__(self):
        pass

    @staticmethod
    def relu(Z):
        return np.maximum(Z, 0.0)

    @staticmethod
    def softmax(Z):
        E = np.exp(Z - Z.max(axis=0, keepdims=True))
        return E / E.sum(axis=0, keepdims=True)

    @staticmethod
    def one_hot(Y, k):
        out = np.zeros((k, Y.size))
        out[Y, np.arange(Y.size)] = 1.0
        return out

    def __init_params(self, size):
        rng = np.random.default_rng(9)
        self.W1 = rng.normal(0.0, np.sqrt(2.0 / size), (16, size))
        self.b1 = np.zeros((16, 1))
        self.W2 = rng.normal(0.0, 0.25, (10, 16))
        self.b2 = np.zeros((10, 1))

    def __forward_propagation(self, X):
        Z1 = self.W1 @ X + self.b1
        A1 = Recognizer.relu(Z1)
        Z2 = self.W2 @ A1 + self.b2
        A2 = Recognizer.softmax(Z2)
        return Z1, A1, Z2, A2

    def __backward_propagation(self, X, Y, A1, A2, Z1, m):
        dZ2 = (A2 - Recognizer.one_hot(Y, A2.shape[0])) / m
        dW2 = dZ2 @ A1.T
        db2 = dZ2.sum(axis=1, keepdims=True)
        dZ1 = (self.W2.T @ dZ2) * (Z1 > 0)
        dW1 = dZ1 @ X.T
        db1 = dZ1.sum(axis=1, keepdims=True)
        return dW1, db1, dW2, db2

    def train(self, X, Y, rate=0.1, rounds=30):
        self.__init_params(X.shape[0])
        for r in range(rounds):
            Z1, A1, Z2, A2 = self.__forward_propagation(X)
            dW1, db1, dW2, db2 = self.__backward_propagation(X, Y, A1, A2, Z1, X.shape[1])
            self.W1 -= rate * dW1
            self.b1 -= rate * db1
            self.W2 -= rate * dW2
            self.b2 -= rate * db2


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    Recognizer().train(gen.random((784, 100)), gen.integers(0, 10, 100))
