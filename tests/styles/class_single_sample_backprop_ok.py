"""A textbook-style class whose names say one sample or one mini-batch: `single_backpropagate(single_x,
single_target)` returns one column's gradients (lists per layer), `single_cost` is half that sample's squared error
(its loss, used by its training report), and `train_minibatch(mb_inputs, mb_targets)` sums the per-sample gradients
and steps by their mean. Columns are samples, `predict` walks every layer: sigmoid units, sigmoid outputs: correct."""
import numpy as np


class ColumnNet:
    def __init__(self, shape, rate=0.5):
        gen = np.random.default_rng(12)
        self.rate = rate
        self.depth = len(shape)
        self.weights = [gen.normal(0.0, n_in ** -0.5, (n_out, n_in)) for n_in, n_out in zip(shape[:-1], shape[1:])]
        self.biases = [np.zeros((n_out, 1)) for n_out in shape[1:]]

    @staticmethod
    def squash(v):
        return 1.0 / (1.0 + np.exp(-v))

    def squash_slope(self, v):
        s = self.squash(v)
        return s * (1.0 - s)

    def predict(self, col):
        for W, b in zip(self.weights, self.biases):
            col = self.squash(W @ col + b)
        return col

    def single_cost(self, single_x, single_target):
        return 0.5 * np.sum((self.predict(single_x) - single_target) ** 2)

    def single_backpropagate(self, single_x, single_target):
        acts, pres = [single_x], []
        for W, b in zip(self.weights, self.biases):
            pres.append(W @ acts[-1] + b)
            acts.append(self.squash(pres[-1]))
        grads_w = [np.zeros_like(W) for W in self.weights]
        grads_b = [np.zeros_like(b) for b in self.biases]
        delta = (acts[-1] - single_target) * self.squash_slope(pres[-1])
        grads_w[-1], grads_b[-1] = delta @ acts[-2].T, delta
        for k in range(2, self.depth):
            delta = (self.weights[-k + 1].T @ delta) * self.squash_slope(pres[-k])
            grads_w[-k], grads_b[-k] = delta @ acts[-k - 1].T, delta
        return grads_w, grads_b

    def train_minibatch(self, mb_inputs, mb_targets):
        sum_w = [np.zeros_like(W) for W in self.weights]
        sum_b = [np.zeros_like(b) for b in self.biases]
        for x, t in zip(mb_inputs, mb_targets):
            gw, gb = self.single_backpropagate(x, t)
            sum_w = [s + g for s, g in zip(sum_w, gw)]
            sum_b = [s + g for s, g in zip(sum_b, gb)]
        self.weights = [W - self.rate * s / len(mb_inputs) for W, s in zip(self.weights, sum_w)]
        self.biases = [b - self.rate * s / len(mb_inputs) for b, s in zip(self.biases, sum_b)]
        return sum(self.single_cost(x, t) for x, t in zip(mb_inputs, mb_targets)) / len(mb_inputs)
