"""Two hidden layers whose parameters are named for where they sit (weights_input_hidden1, weights_hidden1_hidden2,
weights_hidden2_output, bias_hidden1, bias_hidden2, bias_output), and beside feedforward(X) a forward(X_val, y_val)
that gives an accuracy; tanh hidden units, softmax and the mean cross-entropy, integer labels, the update in place:
correct."""
import numpy as np


class TwoHiddenNet:
    def __init__(self, n_in, n_hidden1, n_hidden2, n_out, rate=0.05):
        rng = np.random.default_rng(11)
        self.weights_input_hidden1 = rng.normal(0, 1 / np.sqrt(n_in), (n_in, n_hidden1))
        self.weights_hidden1_hidden2 = rng.normal(0, 1 / np.sqrt(n_hidden1), (n_hidden1, n_hidden2))
        self.weights_hidden2_output = rng.normal(0, 1 / np.sqrt(n_hidden2), (n_hidden2, n_out))
        self.bias_hidden1 = np.zeros(n_hidden1)
        self.bias_hidden2 = np.zeros(n_hidden2)
        self.bias_output = np.zeros(n_out)
        self.rate = rate

    def feedforward(self, X):
        self.hidden1 = np.tanh(X @ self.weights_input_hidden1 + self.bias_hidden1)
        self.hidden2 = np.tanh(self.hidden1 @ self.weights_hidden1_hidden2 + self.bias_hidden2)
        scores = self.hidden2 @ self.weights_hidden2_output + self.bias_output
        e = np.exp(scores - scores.max(axis=1, keepdims=True))
        self.probs = e / e.sum(axis=1, keepdims=True)
        return self.probs

    def backpropagation(self, X, labels):
        d_out = self.probs.copy()
        d_out[np.arange(len(labels)), labels] -= 1.0
        d_out /= len(labels)
        d_h2 = (d_out @ self.weights_hidden2_output.T) * (1.0 - self.hidden2 ** 2)
        d_h1 = (d_h2 @ self.weights_hidden1_hidden2.T) * (1.0 - self.hidden1 ** 2)
        self.weights_hidden2_output -= self.rate * (self.hidden2.T @ d_out)
        self.bias_output -= self.rate * d_out.sum(axis=0)
        self.weights_hidden1_hidden2 -= self.rate * (self.hidden1.T @ d_h2)
        self.bias_hidden2 -= self.rate * d_h2.sum(axis=0)
        self.weights_input_hidden1 -= self.rate * (X.T @ d_h1)
        self.bias_hidden1 -= self.rate * d_h1.sum(axis=0)

    def forward(self, X_val, y_val):
        return np.mean(np.argmax(self.feedforward(X_val), axis=1) == y_val)
