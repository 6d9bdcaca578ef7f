"""A one-hidden-layer class whose parameters are named by the layers they join, abbreviated (weights_ih, bias_ih
for input to hidden; weigths_ho, misspelled as written in a hurry, and bias_ho for hidden to output); feed_forward(X)
keeps the hidden activation, train_step(X, Y) steps in place from one-hot labels. Sigmoid hidden units, softmax +
the mean cross-entropy: correct."""
import numpy as np


class Net:
    def __init__(self, n_in, n_hidden, n_out, lr=0.05):
        self.lr = lr
        self.weights_ih = np.random.uniform(-1, 1, (n_in, n_hidden)) / np.sqrt(n_in)
        self.bias_ih = np.zeros((1, n_hidden))
        self.weigths_ho = np.random.uniform(-1, 1, (n_hidden, n_out)) / np.sqrt(n_hidden)
        self.bias_ho = np.zeros((1, n_out))

    @staticmethod
    def sigmoid(v):
        return 1.0 / (1.0 + np.exp(-v))

    def feed_forward(self, X):
        self.hidden = self.sigmoid(X @ self.weights_ih + self.bias_ih)
        scores = self.hidden @ self.weigths_ho + self.bias_ho
        e = np.exp(scores - scores.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def cost(self, X, Y):
        return -np.mean(np.sum(Y * np.log(self.feed_forward(X) + 1e-12), axis=1))

    def train_step(self, X, Y):
        out = self.feed_forward(X)
        d_out = (out - Y) / X.shape[0]
        d_hidden = (d_out @ self.weigths_ho.T) * self.hidden * (1.0 - self.hidden)
        self.weigths_ho -= self.lr * self.hidden.T @ d_out
        self.bias_ho -= self.lr * d_out.sum(axis=0, keepdims=True)
        self.weights_ih -= self.lr * X.T @ d_hidden
        self.bias_ih -= self.lr * d_hidden.sum(axis=0, keepdims=True)
