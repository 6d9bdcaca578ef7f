"""An sklearn-like classifier whose constructor takes only the hidden sizes and makes the layers between
them: fit(X, Y) adds the first and last layers from ``X.shape[1]`` and the one-hot ``Y.shape[1]`` before its
loop; backward(Y, P) keeps each layer's gradients in two lists named in its own words (``self.changes_w``,
``self.changes_b``), appended from the output layer back; sigmoid hidden units, softmax output and the mean
cross-entropy: correct."""
import numpy as np


class Classifier:
    def __init__(self, hidden=(32, 16), rate=0.1, rounds=5, batch=50):
        self.hidden = list(hidden)
        self.rate = rate
        self.rounds = rounds
        self.batch = batch
        gen = np.random.default_rng(0)
        self.weights = [gen.normal(0, 1 / np.sqrt(a), (a, b)) for a, b in zip(self.hidden[:-1], self.hidden[1:])]
        self.biases = [np.zeros((1, b)) for b in self.hidden[1:]]
        self.changes_w = []
        self.changes_b = []

    def forward(self, X):
        self.acts = [X]
        for k, (W, b) in enumerate(zip(self.weights, self.biases)):
            z = self.acts[-1] @ W + b
            if k < len(self.weights) - 1:
                self.acts.append(1.0 / (1.0 + np.exp(-z)))
            else:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                self.acts.append(e / e.sum(axis=1, keepdims=True))
        return self.acts[-1]

    def backward(self, Y, P):
        self.changes_w.clear()
        self.changes_b.clear()
        g = (P - Y) / len(Y)
        for k in range(len(self.weights) - 1, -1, -1):
            self.changes_w.append(self.acts[k].T @ g)
            self.changes_b.append(g.sum(axis=0, keepdims=True))
            if k > 0:
                g = (g @ self.weights[k].T) * self.acts[k] * (1.0 - self.acts[k])

    def fit(self, X, Y):
        gen = np.random.default_rng(1)
        n_in, n_out, first, last = X.shape[1], Y.shape[1], self.hidden[0], self.hidden[-1]
        self.weights.insert(0, gen.normal(0, 1 / np.sqrt(n_in), (n_in, first)))
        self.biases.insert(0, np.zeros((1, first)))
        self.weights.append(gen.normal(0, 1 / np.sqrt(last), (last, n_out)))
        self.biases.append(np.zeros((1, n_out)))
        for r in range(self.rounds):
            for s in range(0, len(X), self.batch):
                P = self.forward(X[s:s + self.batch])
                self.backward(Y[s:s + self.batch], P)
                last = len(self.weights) - 1
                for k in range(len(self.weights)):
                    self.weights[k] -= self.rate * self.changes_w[last - k]
                    self.biases[k] -= self.rate * self.changes_b[last - k]
        return self

    def predict(self, X):
        return self.forward(X).argmax(axis=1)
