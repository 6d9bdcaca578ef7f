"""Textbook-style functions: lists of weights and biases (W (out, in), b (out, 1)), samples as columns, one-hot
targets, sigmoid units everywhere, the quadratic cost; backprop returns (nabla_b, nabla_w): correct."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_prime(z):
    return sigmoid(z) * (1 - sigmoid(z))


def quadratic_cost(a, y):
    return 0.5 * np.sum((a - y) ** 2) / a.shape[1]


def cost_derivative(output_activations, y):
    return output_activations - y


def feedforward(x, weights, biases):
    activation, activations, zs = x, [x], []
    for b, w in zip(biases, weights):
        z = np.dot(w, activation) + b
        zs.append(z)
        activation = sigmoid(z)
        activations.append(activation)
    return zs, activations


def backprop(x, y, weights, biases):
    m = x.shape[1]
    nabla_b = [np.zeros(b.shape) for b in biases]
    nabla_w = [np.zeros(w.shape) for w in weights]
    zs, activations = feedforward(x, weights, biases)
    delta = cost_derivative(activations[-1], y) * sigmoid_prime(zs[-1]) / m
    nabla_b[-1] = delta.sum(axis=1, keepdims=True)
    nabla_w[-1] = np.dot(delta, activations[-2].transpose())
    for l in range(2, len(weights) + 1):
        delta = np.dot(weights[-l + 1].transpose(), delta) * sigmoid_prime(zs[-l])
        nabla_b[-l] = delta.sum(axis=1, keepdims=True)
        nabla_w[-l] = np.dot(delta, activations[-l - 1].transpose())
    return (nabla_b, nabla_w)


def train_batch(x, y, weights, biases, eta):
    nabla_b, nabla_w = backprop(x, y, weights, biases)
    print("cost", quadratic_cost(feedforward(x, weights, biases)[1][-1], y))
    return ([w - eta * nw for w, nw in zip(weights, nabla_w)], [b - eta * nb for b, nb in zip(biases, nabla_b)])
