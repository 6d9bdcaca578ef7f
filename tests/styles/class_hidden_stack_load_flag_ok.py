"""A class for any number of equal hidden layers: `Net(in_nodes, out_nodes, hid_nodes, hid_layers, lr, saved,
from_saved=False)`, `saved` (a list of matrices to restore) read only when `from_saved` is set; its weights an input
matrix, a stack of hidden-to-hidden matrices (empty with one hidden layer) and an output matrix, held (out, in) and
applied to one sample made a column; sigmoid units throughout, no biases, the cross-entropy delta `t - out` stepped
with `+=`: correct."""
import numpy as np


class Net:
    def __init__(self, in_nodes, out_nodes, hid_nodes, hid_layers, lr, saved, from_saved=False):
        self.lr = lr
        if from_saved:
            self.weights_input_hidden, self.weights_hidden, self.weights_hidden_output = saved
        else:
            gen = np.random.default_rng(6)
            self.weights_input_hidden = gen.normal(0.0, in_nodes ** -0.5, (hid_nodes, in_nodes))
            self.weights_hidden = np.array([gen.normal(0.0, hid_nodes ** -0.5, (hid_nodes, hid_nodes))
                                            for _ in range(hid_layers - 1)])
            self.weights_hidden_output = gen.normal(0.0, hid_nodes ** -0.5, (out_nodes, hid_nodes))

    @staticmethod
    def squash(v):
        return 1.0 / (1.0 + np.exp(-v))

    def layers(self, x):
        seen = [self.squash(self.weights_input_hidden @ x)]
        for w in self.weights_hidden:
            seen.append(self.squash(w @ seen[-1]))
        return seen, self.squash(self.weights_hidden_output @ seen[-1])

    def query(self, x):
        return self.layers(np.array(x, ndmin=2).T)[1]

    def train(self, x, t):
        x, t = np.array(x, ndmin=2).T, np.array(t, ndmin=2).T
        seen, out = self.layers(x)
        delta = t - out
        back = (self.weights_hidden_output.T @ delta) * seen[-1] * (1.0 - seen[-1])
        self.weights_hidden_output += self.lr * delta @ seen[-1].T
        for k in range(len(self.weights_hidden) - 1, -1, -1):
            below = (self.weights_hidden[k].T @ back) * seen[k] * (1.0 - seen[k])
            self.weights_hidden[k] += self.lr * back @ seen[k].T
            back = below
        self.weights_input_hidden += self.lr * back @ x.T


if __name__ == "__main__":
    net = Net(2, 1, 4, 2, 0.5, None)
    pairs = [([0, 0], [0]), ([0, 1], [1]), ([1, 0], [1]), ([1, 1], [0])]
    for _ in range(3000):
        for inputs, target in pairs:
            net.train(inputs, target)
    print([round(float(net.query(inputs)[0, 0]), 2) for inputs, _ in pairs])
