"""A class whose backward(output, target) returns nothing and keeps only each layer's delta (self.deltas), and
whose update(lr=0.1) turns them into the step with the inputs forward kept (W -= lr * a.T @ delta): the two
methods together are the step; lists of weights and biases, sigmoid units, sigmoid outputs and binary
cross-entropy (delta = output - target, over the batch): correct."""
import numpy as np


class DeltaNet:
    def __init__(self, sizes, seed=0):
        rng = np.random.default_rng(seed)
        self.weights = [rng.normal(0.0, np.sqrt(1.0 / m), (m, n)) for m, n in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.zeros((1, n)) for n in sizes[1:]]

    def forward(self, x):
        self.inputs = []
        for W, b in zip(self.weights, self.biases):
            self.inputs.append(x)
            x = 1.0 / (1.0 + np.exp(-(x @ W + b)))
        return x

    def cost(self, output, target):
        eps = 1e-12
        return -np.mean(np.sum(target * np.log(output + eps) + (1 - target) * np.log(1 - output + eps), axis=1))

    def backward(self, output, target):
        delta = (output - target) / len(output)
        self.deltas = [delta]
        for i in range(len(self.weights) - 1, 0, -1):
            a = self.inputs[i]
            delta = (delta @ self.weights[i].T) * a * (1 - a)
            self.deltas.insert(0, delta)

    def update(self, lr=0.1):
        for W, b, a, delta in zip(self.weights, self.biases, self.inputs, self.deltas):
            W -= lr * a.T @ delta
            b -= lr * delta.sum(axis=0, keepdims=True)


if __name__ == "__main__":
    rng = np.random.default_rng(3)
    X = rng.normal(size=(64, 5))
    T = np.eye(3)[rng.integers(0, 3, 64)]
    net = DeltaNet([5, 8, 3])
    for epoch in range(30):
        out = net.forward(X)
        if epoch % 10 == 0:
            print(epoch, round(net.cost(out, T), 4))
        net.backward(out, T)
        net.update(0.5)
