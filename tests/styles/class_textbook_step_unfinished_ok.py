"""A textbook-style network half-way to momentum: update_mini_batch(batch, eta) sums backprop(x, y) over its (x, y)
pairs, then reads self.velocity, which the constructor never makes, so every step raises AttributeError; backprop
itself, written for one column-vector sample, is right. Tanh hidden units, a sigmoid output and the quadratic
cost (cost_derivative): correct (the backprop is what is judged, one sample at a time)."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class Network:
    def __init__(self, sizes):
        self.num_layers = len(sizes)
        self.biases = [np.zeros((n, 1)) for n in sizes[1:]]
        self.weights = [np.random.randn(n, m) / np.sqrt(m) for m, n in zip(sizes[:-1], sizes[1:])]
        self.mu = 0.9

    def feedforward(self, a):
        for i, (b, w) in enumerate(zip(self.biases, self.weights)):
            z = np.dot(w, a) + b
            a = sigmoid(z) if i == self.num_layers - 2 else np.tanh(z)
        return a

    def update_mini_batch(self, batch, eta):
        sum_b = [np.zeros(b.shape) for b in self.biases]
        sum_w = [np.zeros(w.shape) for w in self.weights]
        for x, y in batch:
            gb, gw = self.backprop(x, y)
            sum_b = [s + g for s, g in zip(sum_b, gb)]
            sum_w = [s + g for s, g in zip(sum_w, gw)]
        # momentum, not finished: the velocities are never created
        self.velocity = [self.mu * v - (eta / len(batch)) * g for v, g in zip(self.velocity, sum_w)]
        self.weights = [w + v for w, v in zip(self.weights, self.velocity)]
        self.biases = [b - (eta / len(batch)) * g for b, g in zip(self.biases, sum_b)]

    def backprop(self, x, y):
        grad_b = [np.zeros(b.shape) for b in self.biases]
        grad_w = [np.zeros(w.shape) for w in self.weights]
        a, acts, zs = x, [x], []
        for i, (b, w) in enumerate(zip(self.biases, self.weights)):
            z = np.dot(w, a) + b
            zs.append(z)
            a = sigmoid(z) if i == self.num_layers - 2 else np.tanh(z)
            acts.append(a)
        delta = self.cost_derivative(acts[-1], y) * acts[-1] * (1 - acts[-1])
        grad_b[-1], grad_w[-1] = delta, np.dot(delta, acts[-2].T)
        for k in range(2, self.num_layers):
            delta = np.dot(self.weights[-k + 1].T, delta) * (1 - acts[-k] ** 2)
            grad_b[-k], grad_w[-k] = delta, np.dot(delta, acts[-k - 1].T)
        return grad_b, grad_w

    def cost_derivative(self, output, y):
        return output - y
