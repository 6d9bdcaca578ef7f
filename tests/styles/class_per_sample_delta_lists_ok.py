"""A port of the textbook network with its own names: `back_propagation(x, y)` works on one column sample and
returns `(delta_b, delta_w)`, the biases' list first; the caller, a module function `update_by_batch(net, batch,
eta)`, calls it once per (x, y) pair and sums. Its `cost_function(output_a, y)` returns `output_a - y`: the
quadratic cost's derivative, under a loss's name. Sigmoid everywhere."""
import numpy as np


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def sigmoid_prime(x):
    return sigmoid(x) * (1 - sigmoid(x))


class BPNet:
    def __init__(self, sizes):
        self.num_layers = len(sizes)
        self.biases = [np.random.randn(n, 1) for n in sizes[1:]]
        self.weights = [np.random.randn(n, m) / np.sqrt(m) for m, n in zip(sizes[:-1], sizes[1:])]

    def feed_forward(self, a):
        for b, w in zip(self.biases, self.weights):
            a = sigmoid(np.dot(w, a) + b)
        return a

    def back_propagation(self, x, y):
        delta_b = [np.zeros(b.shape) for b in self.biases]
        delta_w = [np.zeros(w.shape) for w in self.weights]
        a, activations, zs = x, [x], []
        for b, w in zip(self.biases, self.weights):
            z = np.dot(w, a) + b
            zs.append(z)
            a = sigmoid(z)
            activations.append(a)
        delta = self.cost_function(activations[-1], y) * sigmoid_prime(zs[-1])
        delta_b[-1] = delta
        delta_w[-1] = np.dot(delta, activations[-2].T)
        for lev in range(2, self.num_layers):
            delta = np.dot(self.weights[-lev + 1].T, delta) * sigmoid_prime(zs[-lev])
            delta_b[-lev] = delta
            delta_w[-lev] = np.dot(delta, activations[-lev - 1].T)
        return delta_b, delta_w

    def cost_function(self, output_a, y):
        return output_a - y


def update_by_batch(net, batch, eta):
    sum_b = [np.zeros(b.shape) for b in net.biases]
    sum_w = [np.zeros(w.shape) for w in net.weights]
    for x, y in batch:
        delta_b, delta_w = net.back_propagation(x, y)
        sum_b = [s + d for s, d in zip(sum_b, delta_b)]
        sum_w = [s + d for s, d in zip(sum_w, delta_w)]
    net.weights = [w - eta / len(batch) * d for w, d in zip(net.weights, sum_w)]
    net.biases = [b - eta / len(batch) * d for b, d in zip(net.biases, sum_b)]
