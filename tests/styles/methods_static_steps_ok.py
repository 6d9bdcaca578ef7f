"""A course-style class whose steps need no instance: `@staticmethod` backward and update beside a forward
method, the parameters in a dict made from the data's shapes (`init_parameters(X, Y)`), column-major, tanh
hidden units, one sigmoid output with its mean binary cross-entropy: correct."""
import numpy as np


class ShallowClassifier:
    def __init__(self, hidden_units=16, alpha=0.5, iterations=2000):
        self.hidden_units = hidden_units
        self.alpha = alpha
        self.iterations = iterations
        self.costs = []

    def init_parameters(self, X, Y):
        rng = np.random.default_rng(1)
        return {"W1": rng.normal(0, 0.01, (self.hidden_units, X.shape[0])), "b1": np.zeros((self.hidden_units, 1)),
                "W2": rng.normal(0, 0.01, (Y.shape[0], self.hidden_units)), "b2": np.zeros((Y.shape[0], 1))}

    def forward(self, parameters, X):
        Z1 = parameters["W1"] @ X + parameters["b1"]
        A1 = np.tanh(Z1)
        Z2 = parameters["W2"] @ A1 + parameters["b2"]
        A2 = 1.0 / (1.0 + np.exp(-Z2))
        return {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}

    @staticmethod
    def compute_cost(cache, Y):
        A2 = cache["A2"]
        return -np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))

    @staticmethod
    def backward(parameters, cache, X, Y):
        m = X.shape[1]
        dZ2 = cache["A2"] - Y
        dW2 = dZ2 @ cache["A1"].T / m
        db2 = dZ2.sum(axis=1, keepdims=True) / m
        dZ1 = (parameters["W2"].T @ dZ2) * (1 - cache["A1"] ** 2)
        dW1 = dZ1 @ X.T / m
        db1 = dZ1.sum(axis=1, keepdims=True) / m
        return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}

    @staticmethod
    def update(parameters, grads, alpha):
        return {k: v - alpha * grads["d" + k] for k, v in parameters.items()}

    def fit(self, X, Y):
        parameters = self.init_parameters(X, Y)
        for _ in range(self.iterations):
            cache = self.forward(parameters, X)
            self.costs.append(self.compute_cost(cache, Y))
            parameters = self.update(parameters, self.backward(parameters, cache, X, Y), self.alpha)
        self.parameters = parameters
        return self
