"""A layer kit's file holding one layer and nothing else: `FullyConnected(n_inputs, n_outputs)` with W (out, in),
forward(inputs) keeping its input, backward(grad_output) storing grad_weight and grad_bias and returning the input's
gradient. The file has no activation, no loss and no network, so xval composes the layer with its own ReLU into
the notebook's model and says so."""
import numpy as np


class FullyConnected:
    def __init__(self, n_inputs, n_outputs):
        limit = np.sqrt(6.0 / (n_inputs + n_outputs))
        self.weight = np.random.uniform(-limit, limit, (n_outputs, n_inputs))
        self.bias = np.zeros(n_outputs)
        self.grad_weight = np.zeros_like(self.weight)
        self.grad_bias = np.zeros_like(self.bias)

    def forward(self, inputs):
        self.inputs = inputs
        return inputs @ self.weight.T + self.bias

    def backward(self, grad_output):
        self.grad_weight = grad_output.T @ self.inputs
        self.grad_bias = grad_output.sum(axis=0)
        return grad_output @ self.weight
