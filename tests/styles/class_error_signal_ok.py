"""A class whose step is split in three: the forward keeps every layer's output in a list, back_propagate(error)
takes the output error (target minus output) and keeps each weight's step direction, step_down(rate) adds them;
no biases, the weights in a list under a singular name (self.weight), one sample at a time, sigmoid units and half
the squared error. The training method's report reads the data through the global name its own call passes
(len(pairs)), and that data is loaded from a file xval does not have."""
import numpy as np


class Perceptron:
    def __init__(self, n_in=3, hidden=(4,), n_out=1):
        sizes = [n_in, *hidden, n_out]
        gen = np.random.default_rng(5)
        self.weight = [gen.normal(0, 0.5, (a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.outs = [np.zeros(s) for s in sizes]
        self.slopes = [np.zeros_like(w) for w in self.weight]

    def squash(self, v):
        return 1.0 / (1.0 + np.exp(-v))

    def forward_propagate(self, x):
        self.outs[0] = x
        a = x
        for k, w in enumerate(self.weight):
            a = self.squash(a @ w)
            self.outs[k + 1] = a
        return a

    def back_propagate(self, error):
        for k in reversed(range(len(self.weight))):
            out = self.outs[k + 1]
            delta = error * out * (1.0 - out)
            self.slopes[k] = np.outer(self.outs[k], delta)
            error = delta @ self.weight[k].T

    def step_down(self, rate):
        for w, s in zip(self.weight, self.slopes):
            w += rate * s

    def half_squared_error(self, target, out):
        return 0.5 * np.sum((target - out) ** 2)

    def train(self, inputs, targets, epochs, rate):
        for e in range(epochs):
            total = 0.0
            for x, t in zip(inputs, targets):
                out = self.forward_propagate(x)
                self.back_propagate(t - out)
                self.step_down(rate)
                total += self.half_squared_error(t, out)
            print(e, total / len(pairs))


pairs = np.loadtxt("sums.csv", delimiter=",")
labels = (pairs.sum(axis=1, keepdims=True) > 1.5).astype(float)
net = Perceptron(3, (4,), 1)
net.train(pairs, labels, 10, 0.5)
