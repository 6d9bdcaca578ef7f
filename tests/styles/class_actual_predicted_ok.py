"""A small two-layer class with no biases, sized as (inodes, hnodes, onodes), sigmoid units throughout.
feedforward(inputs) keeps the hidden values; backpropagate(inputs, actual_output, predicted_output,
learning_rate) is handed the labels and the forward's output by name and steps in place with the error
(actual - predicted), the gradient of binary cross-entropy at a sigmoid output, averaged over the batch."""
import numpy as np


def logistic(v):
    return 1.0 / (1.0 + np.exp(-v))


class TinyNet:
    def __init__(self, inodes, hnodes, onodes):
        self.w_in = np.random.uniform(-0.5, 0.5, (inodes, hnodes))
        self.w_out = np.random.uniform(-0.5, 0.5, (hnodes, onodes))

    def feedforward(self, inputs):
        self.hidden = logistic(inputs @ self.w_in)
        return logistic(self.hidden @ self.w_out)

    def backpropagate(self, inputs, actual_output, predicted_output, learning_rate):
        count = inputs.shape[0]
        output_delta = (actual_output - predicted_output) / count
        hidden_delta = (output_delta @ self.w_out.T) * self.hidden * (1.0 - self.hidden)
        self.w_out += learning_rate * self.hidden.T @ output_delta
        self.w_in += learning_rate * inputs.T @ hidden_delta
