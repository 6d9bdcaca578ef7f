"""A class that takes its batch as a list of samples and its labels as a list of one-hot columns:
``feed_forward(samples)`` stacks the samples as columns (``np.array(samples).T``) through weights (out, in), and
``backpropagate(targets)`` joins the label columns with ``np.hstack`` and steps at a rate it writes itself
(``step_size = 0.01``), with no rate argument. ReLU hidden units, softmax + mean cross-entropy: correct."""
import numpy as np


class ColumnNet:
    def __init__(self, sizes):
        self.weights = [np.random.randn(n_out, n_in) * np.sqrt(2.0 / n_in) for n_in, n_out in zip(sizes, sizes[1:])]
        self.biases = [np.zeros((n_out, 1)) for n_out in sizes[1:]]
        self.values = []

    def feed_forward(self, samples):
        a = np.array(samples).T
        self.values = [a]
        for k, (W, b) in enumerate(zip(self.weights, self.biases)):
            z = W @ a + b
            if k < len(self.weights) - 1:
                a = np.maximum(z, 0.0)
            else:
                e = np.exp(z - z.max(axis=0, keepdims=True))
                a = e / e.sum(axis=0, keepdims=True)
            self.values.append(a)
        return a

    def backpropagate(self, targets):
        step_size = 0.01
        Y = np.hstack(targets)
        delta = (self.values[-1] - Y) / Y.shape[1]
        for k in range(len(self.weights) - 1, -1, -1):
            dW = delta @ self.values[k].T
            db = delta.sum(axis=1, keepdims=True)
            if k > 0:
                delta = (self.weights[k].T @ delta) * (self.values[k] > 0)
            self.weights[k] -= step_size * dW
            self.biases[k] -= step_size * db
