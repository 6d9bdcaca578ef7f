"""forward_propagate(X) returns (final_outputs, hidden_outputs), the output first by its name; predict(X)
returns class labels; train(X, Y, lr) takes one-hot targets and updates in place. ReLU, softmax, mean
cross-entropy.
"""
import numpy as np


class Net:
    def __init__(self, input_nodes, hidden_nodes, output_nodes):
        self.weights_input_to_hidden = np.random.normal(0, input_nodes ** -0.5, (input_nodes, hidden_nodes))
        self.bias_hidden = np.zeros(hidden_nodes)
        self.weights_hidden_to_output = np.random.normal(0, hidden_nodes ** -0.5, (hidden_nodes, output_nodes))
        self.bias_output = np.zeros(output_nodes)

    def forward_propagate(self, X):
        self.hidden_inputs = X @ self.weights_input_to_hidden + self.bias_hidden
        hidden_outputs = np.maximum(self.hidden_inputs, 0)
        scores = hidden_outputs @ self.weights_hidden_to_output + self.bias_output
        e = np.exp(scores - scores.max(axis=1, keepdims=True))
        final_outputs = e / e.sum(axis=1, keepdims=True)
        return final_outputs, hidden_outputs

    def predict(self, X):
        return np.argmax(self.forward_propagate(X)[0], axis=1)

    def train(self, X, Y, lr):
        final_outputs, hidden_outputs = self.forward_propagate(X)
        output_error = (final_outputs - Y) / len(X)
        hidden_error = (output_error @ self.weights_hidden_to_output.T) * (self.hidden_inputs > 0)
        self.weights_hidden_to_output -= lr * hidden_outputs.T @ output_error
        self.bias_output -= lr * output_error.sum(axis=0)
        self.weights_input_to_hidden -= lr * X.T @ hidden_error
        self.bias_hidden -= lr * hidden_error.sum(axis=0)
