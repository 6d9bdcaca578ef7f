"""Per-sample SGD: train() updates the weights after every single sample, as many textbook classes do.

The forward takes one sample (a vector); sigmoid hidden units, softmax output, one-hot targets, the
cross-entropy of one sample; weights stored (out, in) with 1-D biases.
"""
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


class Network:
    def __init__(self, n_inputs, n_hidden, n_outputs):
        self.w_hidden = np.random.randn(n_hidden, n_inputs) * 0.1
        self.b_hidden = np.zeros(n_hidden)
        self.w_output = np.random.randn(n_outputs, n_hidden) * 0.1
        self.b_output = np.zeros(n_outputs)

    def feedforward(self, x):
        self.hidden = sigmoid(self.w_hidden @ x + self.b_hidden)
        scores = self.w_output @ self.hidden + self.b_output
        e = np.exp(scores - scores.max())
        self.output = e / e.sum()
        return self.output

    def train(self, inputs, targets, epochs, learning_rate):
        for epoch in range(epochs):
            for x, t in zip(inputs, targets):
                out = self.feedforward(x)
                err_out = out - t
                err_hidden = (self.w_output.T @ err_out) * self.hidden * (1.0 - self.hidden)
                self.w_output -= learning_rate * np.outer(err_out, self.hidden)
                self.b_output -= learning_rate * err_out
                self.w_hidden -= learning_rate * np.outer(err_hidden, x)
                self.b_hidden -= learning_rate * err_hidden
