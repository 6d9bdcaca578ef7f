"""A class that folds each layer's bias into its weight matrix, the bias trick: W1 (n_in + 1, n_hidden) and
W2 (n_hidden + 1, n_out), a ones column joined in front of each layer's input, the bias row 0; train_step(X, Y,
lr) steps both matrices in place, passing the error down through W2 without its bias row. Sigmoid hidden units,
softmax + cross-entropy averaged over the batch, one-hot targets: correct."""
import numpy as np


def with_ones(A):
    return np.hstack([np.ones((A.shape[0], 1)), A])


class BiasTrickNet:
    def __init__(self, n_in, n_hidden, n_out):
        self.W1 = np.random.randn(n_in + 1, n_hidden) * 0.05
        self.W2 = np.random.randn(n_hidden + 1, n_out) * 0.05

    def forward(self, X):
        self.A0 = with_ones(X)
        self.H = 1.0 / (1.0 + np.exp(-(self.A0 @ self.W1)))
        self.A1 = with_ones(self.H)
        S = self.A1 @ self.W2
        E = np.exp(S - S.max(axis=1, keepdims=True))
        self.P = E / E.sum(axis=1, keepdims=True)
        return self.P

    def train_step(self, X, Y, lr):
        P = self.forward(X)
        D2 = (P - Y) / X.shape[0]
        D1 = (D2 @ self.W2[1:].T) * self.H * (1 - self.H)
        self.W2 -= lr * (self.A1.T @ D2)
        self.W1 -= lr * (self.A0.T @ D1)
