"""A class whose backward returns the batch's summed gradients, biases first, and whose own step divides them by
the batch size: back_propagation(X, Y) -> (bias_grads, weight_grads) with no 1/n, then descend(X, Y, eta)
updates with eta / len(X). Column-major, sigmoid hidden units, softmax + cross-entropy: correct (the step the
file takes is the mean's)."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class Network:
    def __init__(self, sizes):
        self.sizes = sizes
        self.weights = [np.random.randn(n, m) / np.sqrt(m) for m, n in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.zeros((n, 1)) for n in sizes[1:]]

    def feed_forward(self, a):
        acts, zs = [a], []
        for i, (w, b) in enumerate(zip(self.weights, self.biases)):
            z = w @ a + b
            zs.append(z)
            if i == len(self.weights) - 1:
                e = np.exp(z - z.max(axis=0, keepdims=True))
                a = e / e.sum(axis=0, keepdims=True)
            else:
                a = sigmoid(z)
            acts.append(a)
        return acts, zs

    def back_propagation(self, X, Y):
        acts, zs = self.feed_forward(X)
        bias_grads = [None] * len(self.biases)
        weight_grads = [None] * len(self.weights)
        delta = acts[-1] - Y
        bias_grads[-1] = delta.sum(axis=1, keepdims=True)
        weight_grads[-1] = delta @ acts[-2].T
        for k in range(2, len(self.sizes)):
            delta = (self.weights[-k + 1].T @ delta) * acts[-k] * (1 - acts[-k])
            bias_grads[-k] = delta.sum(axis=1, keepdims=True)
            weight_grads[-k] = delta @ acts[-k - 1].T
        return bias_grads, weight_grads

    def descend(self, X, Y, eta):
        bias_grads, weight_grads = self.back_propagation(X, Y)
        step = eta / len(X.T)
        self.weights = [w - step * g for w, g in zip(self.weights, weight_grads)]
        self.biases = [b - step * g for b, g in zip(self.biases, bias_grads)]
