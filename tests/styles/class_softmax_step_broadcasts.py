"""Bug: a softmax classifier class whose per-record step multiplies the output error by the hidden values element
by element (`(err * hidden)[:, None]`), which broadcasts only for one output unit: with ten classes its step
raises. Its constructor takes the output count, but a softmax over one unit is the constant 1, so it is not built
again with one output: the raise is the finding. Tanh hidden units, softmax output, one-hot labels."""
import numpy as np


class SoftmaxNet:
    def __init__(self, n_in, n_hidden, n_out, rate):
        gen = np.random.default_rng(5)
        self.w_ih = gen.normal(0.0, n_in ** -0.5, (n_in, n_hidden))
        self.w_ho = gen.normal(0.0, n_hidden ** -0.5, (n_hidden, n_out))
        self.rate = rate

    def softmax(self, z):
        e = np.exp(z - z.max(axis=-1, keepdims=True))
        return e / e.sum(axis=-1, keepdims=True)

    def predict(self, features):
        return self.softmax(np.tanh(features @ self.w_ih) @ self.w_ho)

    def train(self, features, targets):
        step_ih = np.zeros_like(self.w_ih)
        step_ho = np.zeros_like(self.w_ho)
        for x, y in zip(features, targets):
            hidden = np.tanh(x @ self.w_ih)
            err = y - self.softmax(hidden @ self.w_ho)
            back = (self.w_ho @ err) * (1.0 - hidden ** 2)
            step_ho += (err * hidden)[:, None]
            step_ih += back * x[:, None]
        self.w_ho += self.rate * step_ho / len(features)
        self.w_ih += self.rate * step_ih / len(features)
