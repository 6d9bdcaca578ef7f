"""Row-major classifier whose step and training loop take the data set's pair by name, `inputs, outputs`:
`one_round(inputs, outputs, rate)` renames them `x, t = inputs, outputs`, and `fit(inputs, outputs, rate, rounds)`
repeats it. `outputs` is the targets here (one-hot), not the network's output, which `predict(inputs)`
returns beside its hidden layer. Mean cross-entropy in `cost`, its gradient (p - t) / n: correct. tanh units."""
import numpy as np


class Classifier:
    def __init__(self, n_in, n_hidden, n_out):
        rng = np.random.default_rng(23)
        self.W1 = rng.normal(0.0, 1.0 / np.sqrt(n_in), (n_in, n_hidden))
        self.b1 = np.zeros(n_hidden)
        self.W2 = rng.normal(0.0, 1.0 / np.sqrt(n_hidden), (n_hidden, n_out))
        self.b2 = np.zeros(n_out)

    def predict(self, inputs):
        hidden = np.tanh(inputs @ self.W1 + self.b1)
        scores = hidden @ self.W2 + self.b2
        e = np.exp(scores - scores.max(axis=1, keepdims=True))
        return hidden, e / e.sum(axis=1, keepdims=True)

    def cost(self, p, t):
        return -np.mean(np.sum(t * np.log(p), axis=1))

    def one_round(self, inputs, outputs, rate):
        x, t = inputs, outputs
        hidden, p = self.predict(x)
        n = x.shape[0]
        d_out = (p - t) / n
        d_hidden = (d_out @ self.W2.T) * (1.0 - hidden ** 2)
        self.W2 -= rate * hidden.T @ d_out
        self.b2 -= rate * d_out.sum(axis=0)
        self.W1 -= rate * x.T @ d_hidden
        self.b1 -= rate * d_hidden.sum(axis=0)

    def fit(self, inputs, outputs, rate, rounds=10):
        for _ in range(rounds):
            self.one_round(inputs, outputs, rate)
