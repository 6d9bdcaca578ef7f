"""A class in the style of a well-known textbook's second network: per-sample column vectors, backprop(x, y) for
one sample, update_mini_batch(mini_batch, eta, lmbda, n) summing it over (x, y) pairs with L2 weight decay
(1 - eta lmbda / n) that xval turns off; ReLU hidden units, softmax + cross-entropy: correct."""
import numpy as np


def relu(z):
    return np.maximum(z, 0.0)


def softmax(z):
    e = np.exp(z - z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)


class Network:
    def __init__(self, sizes):
        self.num_layers = len(sizes)
        self.sizes = sizes
        self.biases = [np.zeros((n, 1)) for n in sizes[1:]]
        self.weights = [np.random.randn(n, m) / np.sqrt(m) for m, n in zip(sizes[:-1], sizes[1:])]

    def feedforward(self, a):
        for i, (b, w) in enumerate(zip(self.biases, self.weights)):
            z = w @ a + b
            a = softmax(z) if i == len(self.weights) - 1 else relu(z)
        return a

    def update_mini_batch(self, mini_batch, eta, lmbda, n):
        nabla_b = [np.zeros(b.shape) for b in self.biases]
        nabla_w = [np.zeros(w.shape) for w in self.weights]
        for x, y in mini_batch:
            db, dw = self.backprop(x, y)
            nabla_b = [nb + d for nb, d in zip(nabla_b, db)]
            nabla_w = [nw + d for nw, d in zip(nabla_w, dw)]
        k = len(mini_batch)
        self.weights = [(1 - eta * lmbda / n) * w - (eta / k) * nw for w, nw in zip(self.weights, nabla_w)]
        self.biases = [b - (eta / k) * nb for b, nb in zip(self.biases, nabla_b)]

    def backprop(self, x, y):
        activation, activations, zs = x, [x], []
        for i, (b, w) in enumerate(zip(self.biases, self.weights)):
            z = w @ activation + b
            zs.append(z)
            activation = softmax(z) if i == len(self.weights) - 1 else relu(z)
            activations.append(activation)
        delta = activations[-1] - y
        nabla_b = [None] * len(self.biases)
        nabla_w = [None] * len(self.weights)
        nabla_b[-1], nabla_w[-1] = delta, delta @ activations[-2].T
        for l in range(2, self.num_layers):
            delta = (self.weights[-l + 1].T @ delta) * (zs[-l] > 0)
            nabla_b[-l], nabla_w[-l] = delta, delta @ activations[-l - 1].T
        return nabla_b, nabla_w
