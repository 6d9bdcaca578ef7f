"""A binary classifier class whose constructor takes a sizes list with a default (`layers=[13, 8, 1]`) but whose
`init_weights()` makes exactly two layers from `self.layers[0]`, `[1]`, `[2]`, called by `fit(X, y)`, which sets
`self.X`, `self.y`; `forward_propagation()` reads them and keeps its caches in the parameters' own dict
(`self.params["Z1"]`), `backward_propagation(yhat)` steps in place; relu hidden units, sigmoid output, the file's own
mean binary cross-entropy: correct (checked at the two layers it makes)."""
import numpy as np


class BinaryNet:
    def __init__(self, layers=[13, 8, 1], learning_rate=0.001, epochs=100):
        self.params = {}
        self.layers = layers
        self.learning_rate = learning_rate
        self.epochs = epochs
        self.X = None
        self.y = None
        self.history = []

    def init_weights(self):
        rng = np.random.default_rng(1)
        self.params["W1"] = rng.normal(size=(self.layers[0], self.layers[1])) * 0.3
        self.params["b1"] = np.zeros(self.layers[1])
        self.params["W2"] = rng.normal(size=(self.layers[1], self.layers[2])) * 0.3
        self.params["b2"] = np.zeros(self.layers[2])

    def bce(self, y, yhat):
        return -np.mean(y * np.log(yhat) + (1 - y) * np.log(1 - yhat))

    def forward_propagation(self):
        Z1 = self.X @ self.params["W1"] + self.params["b1"]
        A1 = np.maximum(0, Z1)
        Z2 = A1 @ self.params["W2"] + self.params["b2"]
        yhat = 1 / (1 + np.exp(-Z2))
        self.params["Z1"] = Z1
        self.params["A1"] = A1
        return yhat, self.bce(self.y, yhat)

    def backward_propagation(self, yhat):
        n = len(self.y)
        dz2 = (yhat - self.y) / n
        dw2 = self.params["A1"].T @ dz2
        db2 = dz2.sum(axis=0)
        dz1 = (dz2 @ self.params["W2"].T) * (self.params["Z1"] > 0)
        dw1 = self.X.T @ dz1
        db1 = dz1.sum(axis=0)
        self.params["W1"] = self.params["W1"] - self.learning_rate * dw1
        self.params["b1"] = self.params["b1"] - self.learning_rate * db1
        self.params["W2"] = self.params["W2"] - self.learning_rate * dw2
        self.params["b2"] = self.params["b2"] - self.learning_rate * db2

    def fit(self, X, y):
        self.X = X
        self.y = y
        self.init_weights()
        for i in range(self.epochs):
            yhat, loss = self.forward_propagation()
            self.backward_propagation(yhat)
            self.history.append(loss)


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(64, 13))
    y = (X[:, :1] > 0).astype(float)
    net = BinaryNet()
    net.fit(X, y)
    print(net.history[0], net.history[-1])
