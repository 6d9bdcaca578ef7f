"""A per-sample class whose weights are named after their layers (`weights_hidden_layer`,
`weights_output_layer`, no biases) and whose methods take `input_vector` and `target_vector`: `run` for the
output, `train` stepping on one sample (made a column) with the gradient of half its squared error (the `error` it
keeps), sigmoid units."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class Perceptron2:
    def __init__(self, input_nodes, hidden_nodes, output_nodes, learning_rate):
        rng = np.random.default_rng(11)
        self.learning_rate = learning_rate
        self.weights_hidden_layer = rng.uniform(-1, 1, (hidden_nodes, input_nodes)) / np.sqrt(input_nodes)
        self.weights_output_layer = rng.uniform(-1, 1, (output_nodes, hidden_nodes)) / np.sqrt(hidden_nodes)

    def run(self, input_vector):
        column = np.array(input_vector, ndmin=2).T
        hidden = sigmoid(self.weights_hidden_layer @ column)
        return sigmoid(self.weights_output_layer @ hidden)

    def train(self, input_vector, target_vector):
        column = np.array(input_vector, ndmin=2).T
        target = np.array(target_vector, ndmin=2).T
        hidden = sigmoid(self.weights_hidden_layer @ column)
        output = sigmoid(self.weights_output_layer @ hidden)
        self.error = 0.5 * np.sum((output - target) ** 2)
        output_delta = (output - target) * output * (1.0 - output)
        hidden_delta = (self.weights_output_layer.T @ output_delta) * hidden * (1.0 - hidden)
        self.weights_output_layer -= self.learning_rate * output_delta @ hidden.T
        self.weights_hidden_layer -= self.learning_rate * hidden_delta @ column.T
