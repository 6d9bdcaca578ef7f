"""A regression network trained record by record inside ``train(features, targets)``: each record's weight
steps are accumulated (its output's error made a 1 x 1 matrix, ``out_term.reshape(1, 1)``, so it runs with one
output unit only) and applied once, divided by the record count; sigmoid hidden units, identity output, no
biases, half the squared error. Its training script lives elsewhere: the module
holds the class alone, as a project template asks."""

import numpy as np


class Regressor:
    def __init__(self, n_in, n_hidden, n_out, rate):
        rng = np.random.default_rng(11)
        self.w_in_hid = rng.normal(0.0, n_in ** -0.5, (n_in, n_hidden))
        self.w_hid_out = rng.normal(0.0, n_hidden ** -0.5, (n_hidden, n_out))
        self.rate = rate

    @staticmethod
    def squash(v):
        return 1.0 / (1.0 + np.exp(-v))

    def run(self, features):
        hidden = self.squash(features @ self.w_in_hid)
        return hidden @ self.w_hid_out

    def train(self, features, targets):
        count = features.shape[0]
        step_in = np.zeros_like(self.w_in_hid)
        step_out = np.zeros_like(self.w_hid_out)
        for record, target in zip(features, targets):
            hidden = self.squash(record @ self.w_in_hid)
            output = hidden @ self.w_hid_out
            out_term = target - output
            hid_term = (self.w_hid_out @ out_term) * hidden * (1.0 - hidden)
            step_out += hidden[:, None] * out_term.reshape(1, 1)
            step_in += record[:, None] * hid_term[None, :]
        self.w_hid_out += self.rate * step_out / count
        self.w_in_hid += self.rate * step_in / count

