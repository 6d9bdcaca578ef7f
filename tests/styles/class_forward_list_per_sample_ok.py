"""A class written for one sample held as a column: forward(x) returns the list [x, a1, ..., aL] that
backprop(outs, target) reads back from its end (outs[-1] the output, outs[:-1] the layers' inputs), its bias
gradients one column per sample (nothing summed: the file steps per sample). Sigmoid on every layer, the squared
error summed and divided by len(out) (the number of outputs, as the samples are columns). Correct."""
import numpy as np


class Perceptron:
    def __init__(self, widths, rate=0.5):
        rng = np.random.default_rng(3)
        self.weights = [rng.uniform(-1, 1, (n_out, n_in)) for n_in, n_out in zip(widths[:-1], widths[1:])]
        self.biases = [np.zeros((n_out, 1)) for n_out in widths[1:]]
        self.rate = rate

    @staticmethod
    def squash(v):
        return 1.0 / (1.0 + np.exp(-v))

    def squash_slope(self, v):
        s = self.squash(v)
        return s * (1.0 - s)

    def mse(self, out, target):
        return np.sum((out - target) ** 2) / len(out)

    def mse_prime(self, out, target):
        return 2.0 * (out - target) / len(out)

    def forward(self, x):
        outs = [x]
        for mat, off in zip(self.weights, self.biases):
            x = self.squash(mat @ x + off)
            outs.append(x)
        return outs

    def backprop(self, outs, target):
        upstream = self.mse_prime(outs[-1], target)
        inputs = outs[:-1]
        g_mats, g_offs = [], []
        for k in reversed(range(len(self.weights))):
            pre = self.weights[k] @ inputs[k] + self.biases[k]
            local = upstream * self.squash_slope(pre)
            g_offs.insert(0, local)
            g_mats.insert(0, local @ inputs[k].T)
            upstream = self.weights[k].T @ local
        return g_mats, g_offs

    def train(self, x, target):
        outs = self.forward(x)
        self.apply(self.backprop(outs, target))
        return self.mse(outs[-1], target)

    def apply(self, grads):
        for mat, off, g_mat, g_off in zip(self.weights, self.biases, *grads):
            mat -= self.rate * g_mat
            off -= self.rate * g_off
