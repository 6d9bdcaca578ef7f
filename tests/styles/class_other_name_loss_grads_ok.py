"""A class in the CS231n manner whose one method that computes the loss and its gradients has another name than
`loss`: `evaluate(X, y=None, reg=0.0)` gives the predicted labels when called without labels and `(cost, grads)`
with them, over a parameter dict `self.params`; `train` beside it loops over mini-batches. ReLU hidden units,
softmax output, mean cross-entropy plus half of `reg` times the squared weights."""
import numpy as np


class ShallowNet:
    def __init__(self, n_in, n_hidden, n_out, std=1e-2):
        self.params = {
            "W1": std * np.random.randn(n_in, n_hidden), "b1": np.zeros(n_hidden),
            "W2": std * np.random.randn(n_hidden, n_out), "b2": np.zeros(n_out),
        }

    def evaluate(self, X, y=None, reg=0.0):
        W1, b1, W2, b2 = (self.params[k] for k in ("W1", "b1", "W2", "b2"))
        pre = X @ W1 + b1
        hid = np.maximum(pre, 0)
        scores = hid @ W2 + b2
        if y is None:
            return scores.argmax(axis=1)
        shifted = scores - scores.max(axis=1, keepdims=True)
        probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
        n = X.shape[0]
        cost = -np.log(probs[np.arange(n), y]).mean() + 0.5 * reg * (np.sum(W1 ** 2) + np.sum(W2 ** 2))
        grads = {}
        dscores = probs.copy()
        dscores[np.arange(n), y] -= 1
        dscores /= n
        grads["W2"] = hid.T @ dscores + reg * W2
        grads["b2"] = dscores.sum(axis=0)
        dhid = dscores @ W2.T
        dhid[pre <= 0] = 0
        grads["W1"] = X.T @ dhid + reg * W1
        grads["b1"] = dhid.sum(axis=0)
        return cost, grads

    def train(self, X, y, lr=1e-3, reg=0.0, epochs=10, batch_size=50):
        for _ in range(epochs):
            order = np.random.permutation(len(X))
            for start in range(0, len(X), batch_size):
                idx = order[start:start + batch_size]
                _, grads = self.evaluate(X[idx], y[idx], reg)
                for k in self.params:
                    self.params[k] -= lr * grads[k]
