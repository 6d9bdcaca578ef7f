"""A class whose layer lists are made by a module-level helper that puts a list holding one number first
(`W = [[0.0]]`, `B = [[0.0]]`), so that layer l sits at index l; W (out, in), biases (n, 1), the batch handled as
columns inside `train_batch(X, Y, eta)`, which steps in place. Tanh hidden units, softmax output, one-hot labels,
mean cross-entropy."""
import numpy as np


def make_layers(widths, seed=2):
    gen = np.random.default_rng(seed)
    W, B = [[0.0]], [[0.0]]
    for l in range(1, len(widths)):
        W.append(gen.normal(0.0, 1.0 / np.sqrt(widths[l - 1]), (widths[l], widths[l - 1])))
        B.append(np.zeros((widths[l], 1)))
    return W, B


class Network:
    def __init__(self, widths):
        self.widths = widths
        self.W, self.B = make_layers(widths)

    def output(self, X):
        A = X.T
        L = len(self.widths) - 1
        for l in range(1, L + 1):
            Z = self.W[l] @ A + self.B[l]
            if l < L:
                A = np.tanh(Z)
            else:
                E = np.exp(Z - Z.max(axis=0))
                A = E / E.sum(axis=0)
        return A.T

    def train_batch(self, X, Y, eta):
        L = len(self.widths) - 1
        acts = [X.T]
        for l in range(1, L + 1):
            Z = self.W[l] @ acts[-1] + self.B[l]
            if l < L:
                acts.append(np.tanh(Z))
            else:
                E = np.exp(Z - Z.max(axis=0))
                acts.append(E / E.sum(axis=0))
        m = X.shape[0]
        delta = (acts[L] - Y.T) / m
        for l in range(L, 0, -1):
            gW = delta @ acts[l - 1].T
            gB = delta.sum(axis=1, keepdims=True)
            if l > 1:
                delta = (self.W[l].T @ delta) * (1.0 - acts[l - 1] ** 2)
            self.W[l] -= eta * gW
            self.B[l] -= eta * gB
