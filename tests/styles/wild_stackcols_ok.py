"""A homework-style classifier over column vectors: the constructor takes the layer `dimensions` but always builds
one hidden layer (dimensions[1]) and the output (dimensions[-1]); forward_pass(x) works on columns, (features, n);
train(train_x, train_y) walks the training set one sample at a time, each sample a column (features, 1) and its
label a one-hot column, summing per-sample gradients and stepping every batch_size samples with their mean.
Sigmoid hidden units, softmax + cross-entropy: correct."""
import numpy as np


class ColumnClassifier:
    def __init__(self, dimensions, learning_rate=0.1, batch_size=16):
        rng = np.random.default_rng(0)
        n_in, n_hidden, n_out = dimensions[0], dimensions[1], dimensions[-1]
        self.W_hidden = rng.normal(0.0, 0.1, (n_hidden, n_in))
        self.b_hidden = np.zeros((n_hidden, 1))
        self.W_out = rng.normal(0.0, 0.1, (n_out, n_hidden))
        self.b_out = np.zeros((n_out, 1))
        self.learning_rate = learning_rate
        self.batch_size = batch_size

    @staticmethod
    def _sigmoid(v):
        return 1.0 / (1.0 + np.exp(-v))

    @staticmethod
    def _softmax(v):
        shifted = np.exp(v - v.max(axis=0, keepdims=True))
        return shifted / shifted.sum(axis=0, keepdims=True)

    def forward_pass(self, x):
        hidden = self._sigmoid(self.W_hidden @ x + self.b_hidden)
        y_hat = self._softmax(self.W_out @ hidden + self.b_out)
        return y_hat, hidden

    def sample_gradients(self, x, label, y_hat, hidden):
        err_out = y_hat - label
        err_hidden = (self.W_out.T @ err_out) * hidden * (1.0 - hidden)
        return err_hidden @ x.T, err_hidden, err_out @ hidden.T, err_out

    def train(self, train_x, train_y):
        sums = [np.zeros_like(p) for p in (self.W_hidden, self.b_hidden, self.W_out, self.b_out)]
        seen = 0
        for i in range(train_x.shape[0]):
            y_hat, hidden = self.forward_pass(train_x[i])
            for total, g in zip(sums, self.sample_gradients(train_x[i], train_y[i], y_hat, hidden)):
                total += g
            seen += 1
            if seen == self.batch_size or i == train_x.shape[0] - 1:
                step = self.learning_rate / seen
                self.W_hidden -= step * sums[0]
                self.b_hidden -= step * sums[1]
                self.W_out -= step * sums[2]
                self.b_out -= step * sums[3]
                sums = [np.zeros_like(s) for s in sums]
                seen = 0
