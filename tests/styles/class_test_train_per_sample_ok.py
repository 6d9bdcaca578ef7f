"""A textbook-style class written for one sample at a time: test(xlist) turns a sample into a column and answers
it; train(xlist, tlist) steps in place on that sample, its biases columns that a batch would widen. Its own
loop calls train on each sample by index (train(inputs[i], targets[i])). Tanh hidden units, a sigmoid output
and the error (target - output): the gradient of binary cross-entropy at a sigmoid output."""
import numpy as np


def squash(z):
    return 1.0 / (1.0 + np.exp(-z))


class Network:
    def __init__(self, input_dim, hidden_dim, output_dim, learning_rate):
        self.lr = learning_rate
        self.W_IH = np.random.randn(input_dim, hidden_dim) * 0.1
        self.W_HO = np.random.randn(hidden_dim, output_dim) * 0.1
        self.B_H = np.zeros((hidden_dim, 1))
        self.B_O = np.zeros((output_dim, 1))

    def test(self, xlist):
        X = np.array(xlist, ndmin=2).T
        A1 = np.tanh(self.W_IH.T @ X + self.B_H)
        return squash(self.W_HO.T @ A1 + self.B_O)

    def train(self, xlist, tlist):
        X = np.array(xlist, ndmin=2).T
        T = np.array(tlist, ndmin=2).T
        A1 = np.tanh(self.W_IH.T @ X + self.B_H)
        Y = squash(self.W_HO.T @ A1 + self.B_O)
        E_Y = T - Y
        E_H = (self.W_HO @ E_Y) * (1.0 - A1 ** 2)
        self.W_HO = self.W_HO + self.lr * A1 @ E_Y.T
        self.B_O = self.B_O + self.lr * E_Y
        self.W_IH = self.W_IH + self.lr * X @ E_H.T
        self.B_H = self.B_H + self.lr * E_H
        return float(np.abs(E_Y).sum())


def fit(net, inputs, targets, epochs=3):
    for _ in range(epochs):
        for i in range(len(inputs)):
            net.train(inputs[i], targets[i])
