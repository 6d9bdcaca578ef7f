"""The textbook per-sample network with its constructor taking `lengths` and a cost derivative named in Spanish:
Network(lengths), feedforward(a) on one column, backprop(x, y) -> (nabla_b, nabla_w) for one sample, which reshapes
its target to a column of the output's length (so a batch raises); sigmoid units, the quadratic cost
(derivada_costo(a, y) = a - y): correct."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def derivada_costo(salida, y):
    return salida - y


class Network:
    def __init__(self, lengths):
        self.n_layers = len(lengths)
        self.biases = [np.random.randn(n, 1) for n in lengths[1:]]
        self.weights = [np.random.randn(n_out, n_in) / np.sqrt(n_in) for n_in, n_out in zip(lengths[:-1], lengths[1:])]

    def feedforward(self, a):
        for b, w in zip(self.biases, self.weights):
            a = sigmoid(w @ a + b)
        return a

    def backprop(self, x, y):
        nabla_b = [np.zeros(b.shape) for b in self.biases]
        nabla_w = [np.zeros(w.shape) for w in self.weights]
        activation, activations, zs = x, [x], []
        for b, w in zip(self.biases, self.weights):
            z = w @ activation + b
            zs.append(z)
            activation = sigmoid(z)
            activations.append(activation)
        target = y.reshape(len(activations[-1]), 1)
        delta = derivada_costo(activations[-1], target) * sigmoid_prime(zs[-1])
        nabla_b[-1] = delta
        nabla_w[-1] = delta @ activations[-2].T
        for k in range(2, self.n_layers):
            delta = (self.weights[-k + 1].T @ delta) * sigmoid_prime(zs[-k])
            nabla_b[-k] = delta
            nabla_w[-k] = delta @ activations[-k - 1].T
        return nabla_b, nabla_w

    def descend(self, pairs, epochs, eta):
        for _ in range(epochs):
            for x, y in pairs:
                db, dw = self.backprop(x, y)
                self.weights = [w - eta * d for w, d in zip(self.weights, dw)]
                self.biases = [b - eta * d for b, d in zip(self.biases, db)]
