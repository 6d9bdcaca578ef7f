"""A regression class in the manner of online courses' first projects: `train(features, targets)` walks the batch
record by record, adding each record's weight changes into arrays it zeroed first, and updates once after the loop,
dividing by the number of records; sigmoid hidden units, a linear output, no biases, the rate kept from the
constructor: correct."""
import numpy as np


class NeuralNetwork:
    def __init__(self, input_nodes, hidden_nodes, output_nodes, learning_rate):
        rng = np.random.default_rng(4)
        self.w_in = rng.normal(0.0, input_nodes ** -0.5, (input_nodes, hidden_nodes))
        self.w_out = rng.normal(0.0, hidden_nodes ** -0.5, (hidden_nodes, output_nodes))
        self.lr = learning_rate

    def run(self, features):
        hidden = 1.0 / (1.0 + np.exp(-(features @ self.w_in)))
        return hidden @ self.w_out

    def train(self, features, targets):
        n_records = features.shape[0]
        change_in = np.zeros(self.w_in.shape)
        change_out = np.zeros(self.w_out.shape)
        for X, y in zip(features, targets):
            hidden = 1.0 / (1.0 + np.exp(-(X @ self.w_in)))
            output = hidden @ self.w_out
            error = y - output
            hidden_error = (self.w_out @ error) * hidden * (1.0 - hidden)
            change_out += np.outer(hidden, error)
            change_in += np.outer(X, hidden_error)
        self.w_out += self.lr * change_out / n_records
        self.w_in += self.lr * change_in / n_records
