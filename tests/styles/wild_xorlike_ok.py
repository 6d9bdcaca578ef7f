"""A tiny network of fixed sizes, as XOR notebooks write it: TinyNet() builds 2-2-1 (W (out, in), no biases);
forward(inputs_list) turns one sample (a list) into a column and returns (inputs, hidden, output); train(
inputs_list, target) backpropagates that one sample and updates in place with outer products. Sigmoid hidden and
output units, binary cross-entropy (output error o - t): correct, one sample per call."""
import numpy as np


class TinyNet:
    def __init__(self, rate=0.5):
        self.n_in, self.n_hidden, self.n_out = 2, 2, 1
        self.rate = rate
        self.w_ih = np.random.normal(0.0, self.n_in ** -0.5, (self.n_hidden, self.n_in))
        self.w_ho = np.random.normal(0.0, self.n_hidden ** -0.5, (self.n_out, self.n_hidden))

    @staticmethod
    def squash(v):
        return 1.0 / (1.0 + np.exp(-v))

    def forward(self, inputs_list):
        inputs = np.array(inputs_list, ndmin=2).T
        hidden = self.squash(self.w_ih @ inputs)
        output = self.squash(self.w_ho @ hidden)
        return inputs, hidden, output

    def train(self, inputs_list, target):
        inputs, hidden, output = self.forward(inputs_list)
        out_err = output - target
        hid_err = (self.w_ho.T @ out_err) * hidden * (1.0 - hidden)
        self.w_ho -= self.rate * np.outer(out_err, hidden)
        self.w_ih -= self.rate * np.outer(hid_err, inputs)
