"""A class whose train loop walks the samples, making each input and its one-hot target a column
(x.reshape(-1, 1), t.reshape(-1, 1)), and whose backward(acts, t) reads the list forward(x) returned,
[x, a1, ..., aL], and updates its weights in place with one column per sample. Sigmoid on every layer, the
half squared error: correct (the per-sample columns are not a one-output network)."""
import numpy as np


class NeuralNetwork:
    def __init__(self, layer_sizes, learning_rate=0.1):
        self.learning_rate = learning_rate
        self.weights = [np.random.randn(n_out, n_in) * 0.1 for n_in, n_out in zip(layer_sizes, layer_sizes[1:])]
        self.biases = [np.zeros((n_out, 1)) for n_out in layer_sizes[1:]]

    @staticmethod
    def sigmoid(v):
        return 1.0 / (1.0 + np.exp(-v))

    def forward(self, x):
        acts = [x]
        for w, b in zip(self.weights, self.biases):
            acts.append(self.sigmoid(w @ acts[-1] + b))
        return acts

    def backward(self, acts, t):
        delta = (acts[-1] - t) * acts[-1] * (1 - acts[-1])
        for i in reversed(range(len(self.weights))):
            below = self.weights[i].T @ delta
            self.weights[i] -= self.learning_rate * (delta @ acts[i].T)
            self.biases[i] -= self.learning_rate * delta
            delta = below * acts[i] * (1 - acts[i])

    def train(self, X, T, epochs=100):
        for epoch in range(epochs):
            total = 0.0
            for x, t in zip(X, T):
                x, t = x.reshape(-1, 1), t.reshape(-1, 1)
                acts = self.forward(x)
                cost = 0.5 * np.sum((acts[-1] - t) ** 2)
                total += cost
                self.backward(acts, t)
            print(epoch, total / len(X))
