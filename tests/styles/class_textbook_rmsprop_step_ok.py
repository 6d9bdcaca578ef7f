"""A textbook-style network whose mini-batch step is RMSprop: update_mini_batch(batch, eta) sums backprop(x, y)
over its (x, y) pairs, then scales each layer's step by a running mean of its squared gradient kept on the
instance (self.sq, decayed and renewed each call); backprop itself, written for one column-vector sample, is
right. Sigmoid units and the cross-entropy cost class: correct (its gradients are what is judged, one sample at a
time; the adaptive step is not SGD)."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class CrossEntropyCost:
    @staticmethod
    def fn(a, y):
        return np.sum(-y * np.log(a) - (1 - y) * np.log(1 - a))

    @staticmethod
    def delta(z, a, y):
        return a - y


class Network:
    def __init__(self, sizes, cost=CrossEntropyCost):
        self.num_layers = len(sizes)
        self.biases = [np.zeros((n, 1)) for n in sizes[1:]]
        self.weights = [np.random.randn(n, m) / np.sqrt(m) for m, n in zip(sizes[:-1], sizes[1:])]
        self.cost = cost
        self.sq = [1.0 for _ in self.weights]

    def feedforward(self, a):
        for b, w in zip(self.biases, self.weights):
            a = sigmoid(np.dot(w, a) + b)
        return a

    def update_mini_batch(self, batch, eta, rho=0.9):
        sum_b = [np.zeros(b.shape) for b in self.biases]
        sum_w = [np.zeros(w.shape) for w in self.weights]
        for x, y in batch:
            gb, gw = self.backprop(x, y)
            sum_b = [s + g for s, g in zip(sum_b, gb)]
            sum_w = [s + g for s, g in zip(sum_w, gw)]
        self.sq = [rho * s + (1 - rho) * np.mean(g ** 2) for s, g in zip(self.sq, sum_w)]
        self.weights = [w - eta / (len(batch) * np.sqrt(s) + 1e-8) * g
                        for w, g, s in zip(self.weights, sum_w, self.sq)]
        self.biases = [b - (eta / len(batch)) * g for b, g in zip(self.biases, sum_b)]

    def backprop(self, x, y):
        grad_b = [np.zeros(b.shape) for b in self.biases]
        grad_w = [np.zeros(w.shape) for w in self.weights]
        a, acts, zs = x, [x], []
        for b, w in zip(self.biases, self.weights):
            z = np.dot(w, a) + b
            zs.append(z)
            a = sigmoid(z)
            acts.append(a)
        delta = self.cost.delta(zs[-1], acts[-1], y)
        grad_b[-1], grad_w[-1] = delta, np.dot(delta, acts[-2].T)
        for k in range(2, self.num_layers):
            delta = np.dot(self.weights[-k + 1].T, delta) * acts[-k] * (1 - acts[-k])
            grad_b[-k], grad_w[-k] = delta, np.dot(delta, acts[-k - 1].T)
        return grad_b, grad_w
