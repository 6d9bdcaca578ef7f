"""A class written for one sample at a time: `train(sample, target, batch_size)` makes a column of the sample's
vector with `np.asarray(sample)[np.newaxis].T` (of a batch it would make a 3-d stack), steps in place at once and
divides by the mini-batch size its caller passes, so that a loop over a mini-batch's samples steps by their mean;
W (out, in), biases (n, 1). Tanh hidden units, softmax output, cross-entropy. A module: the loop that calls it
lives elsewhere."""
import numpy as np


def softmax(z):
    e = np.exp(z - z.max(axis=0))
    return e / e.sum(axis=0)


class Network:
    def __init__(self, n_in, hidden, n_out, rate):
        rng = np.random.default_rng(11)
        widths = [n_in, *hidden, n_out]
        self.rate = rate
        self.weights = [rng.normal(0.0, 1.0 / np.sqrt(a), (b, a)) for a, b in zip(widths[:-1], widths[1:])]
        self.biases = [np.zeros((b, 1)) for b in widths[1:]]

    def feed(self, sample):
        a = np.asarray(sample)[np.newaxis].T
        outs = [a]
        for i, (W, b) in enumerate(zip(self.weights, self.biases)):
            z = W @ outs[-1] + b
            outs.append(softmax(z) if i == len(self.weights) - 1 else np.tanh(z))
        return outs

    def predict(self, sample):
        return self.feed(sample)[-1].ravel()

    def train(self, sample, target, batch_size):
        outs = self.feed(sample)
        t = np.asarray(target)[np.newaxis].T
        delta = (outs[-1] - t) / batch_size
        for i in range(len(self.weights) - 1, -1, -1):
            gW = delta @ outs[i].T
            gb = delta
            if i > 0:
                delta = (self.weights[i].T @ delta) * (1.0 - outs[i] ** 2)
            self.weights[i] -= self.rate * gW
            self.biases[i] -= self.rate * gb

