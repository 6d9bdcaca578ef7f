"""A network that keeps its training data: NeuralNetwork(x, y) stores them, feedforward() and backprop() take no
arguments, the layers have no biases, and backprop moves the weights by the bare gradient of the mean binary
cross-entropy (no learning rate): correct."""
import numpy as np


def logistic(v):
    return 1.0 / (1.0 + np.exp(-v))


class NeuralNetwork:
    def __init__(self, x, y):
        self.input = x
        self.y = y
        self.weights1 = np.random.rand(self.input.shape[1], 6) * 0.1
        self.weights2 = np.random.rand(6, self.y.shape[1]) * 0.1
        self.output = np.zeros(self.y.shape)

    def feedforward(self):
        self.layer1 = logistic(np.dot(self.input, self.weights1))
        self.output = logistic(np.dot(self.layer1, self.weights2))

    def backprop(self):
        n = self.input.shape[0]
        delta_out = (self.output - self.y) / n
        d_weights2 = np.dot(self.layer1.T, delta_out)
        delta_hidden = np.dot(delta_out, self.weights2.T) * self.layer1 * (1.0 - self.layer1)
        d_weights1 = np.dot(self.input.T, delta_hidden)
        self.weights1 -= d_weights1
        self.weights2 -= d_weights2


if __name__ == "__main__":
    X = np.array([[0, 0, 1], [0, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
    Y = np.array([[0], [1], [1], [0]], dtype=float)
    net = NeuralNetwork(X, Y)
    for _ in range(2000):
        net.feedforward()
        net.backprop()
    print(net.output.round(2))
