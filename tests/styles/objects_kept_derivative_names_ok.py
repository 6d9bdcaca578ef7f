"""Layer objects that return nothing and keep what they compute under names of their own: a dense layer keeps
`self.out` and, after backward, `self.deriv_W`, `self.deriv_b` and the gradient for the layer below as
`self.deriv_x`; the tanh layer keeps it as `self.delta_in`. A softmax + cross-entropy head gives the mean's
gradient. xval reads each layer's input gradient from those attributes."""
import numpy as np


class Dense:
    def __init__(self, n_in, n_out):
        self.W = np.random.uniform(-1, 1, (n_in, n_out)) * np.sqrt(6 / (n_in + n_out))
        self.b = np.zeros((1, n_out))

    def forward(self, x):
        self.x = x
        self.out = x @ self.W + self.b

    def backward(self, upstream):
        self.deriv_W = self.x.T @ upstream
        self.deriv_b = upstream.sum(axis=0, keepdims=True)
        self.deriv_x = upstream @ self.W.T


class Tanh:
    def forward(self, x):
        self.out = np.tanh(x)

    def backward(self, upstream):
        self.delta_in = upstream * (1 - self.out ** 2)


class SoftmaxCrossEntropy:
    def forward(self, scores, labels):
        shifted = scores - scores.max(axis=1, keepdims=True)
        self.probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
        self.labels = labels
        return -np.mean(np.log(self.probs[np.arange(len(labels)), labels]))

    def backward(self):
        self.delta_in = self.probs.copy()
        self.delta_in[np.arange(len(self.labels)), self.labels] -= 1
        self.delta_in /= len(self.labels)
