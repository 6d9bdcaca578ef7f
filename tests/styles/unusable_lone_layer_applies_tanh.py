"""Exit 2: a file of one layer class and nothing else whose forward applies tanh itself (`np.tanh(x @ W.T + b)`),
its backward the affine part's alone. It is not an affine layer, so xval does not compose it with its own ReLU
(that would judge a network the file never computes): exit 2 says its forward is not x @ W + b."""
import numpy as np


class TanhDense:
    def __init__(self, n_inputs, n_outputs):
        self.weight = np.random.randn(n_outputs, n_inputs) / np.sqrt(n_inputs)
        self.bias = np.zeros(n_outputs)

    def forward(self, inputs):
        self.inputs = inputs
        return np.tanh(inputs @ self.weight.T + self.bias)

    def backward(self, grad_output):
        self.grad_weight = grad_output.T @ self.inputs
        self.grad_bias = grad_output.sum(axis=0)
        return grad_output @ self.weight
