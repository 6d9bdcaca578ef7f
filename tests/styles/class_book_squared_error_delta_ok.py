"""A two-layer sigmoid network in the style of the classic "make your own network" book, rewritten for batches:
`query(inputs)` gives the outputs (one row per sample), `train(inputs, targets)` updates the weights in place and
keeps its loss, computed inline: half the squared error averaged over the batch. Its output delta `errors * outputs
* (1 - outputs)` is that loss's, and the hidden layer's error is that delta taken back through the output weights
(not the raw errors): correct."""
import numpy as np


class SigmoidNetwork:
    def __init__(self, input_nodes, hidden_nodes, output_nodes, learning_rate):
        self.lr = learning_rate
        self.w_ih = np.random.normal(0.0, input_nodes ** -0.5, (input_nodes, hidden_nodes))
        self.b_h = np.zeros(hidden_nodes)
        self.w_ho = np.random.normal(0.0, hidden_nodes ** -0.5, (hidden_nodes, output_nodes))
        self.b_o = np.zeros(output_nodes)

    @staticmethod
    def activation(x):
        return 1.0 / (1.0 + np.exp(-x))

    def query(self, inputs):
        hidden = self.activation(inputs @ self.w_ih + self.b_h)
        return self.activation(hidden @ self.w_ho + self.b_o)

    def train(self, inputs, targets):
        n = len(inputs)
        hidden = self.activation(inputs @ self.w_ih + self.b_h)
        outputs = self.activation(hidden @ self.w_ho + self.b_o)
        output_errors = targets - outputs
        loss = 0.5 * np.mean(np.sum(output_errors ** 2, axis=1))
        self.last_loss = loss
        output_delta = output_errors * outputs * (1.0 - outputs)
        hidden_errors = output_delta @ self.w_ho.T
        hidden_delta = hidden_errors * hidden * (1.0 - hidden)
        self.w_ho += self.lr * hidden.T @ output_delta / n
        self.b_o += self.lr * output_delta.sum(axis=0) / n
        self.w_ih += self.lr * inputs.T @ hidden_delta / n
        self.b_h += self.lr * hidden_delta.sum(axis=0) / n
