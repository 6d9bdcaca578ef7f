"""A course template kept runnable on both Pythons (`from past.builtins import xrange`, the `future` package that
grading machines often lack): a two-layer class with a `params` dict whose `loss(X, y=None, reg=0.0)` returns
the scores without labels and (loss, grads) with them, building its one-hot targets over `xrange(N)`; ReLU,
softmax, mean cross-entropy and an L2 term on the weights: correct."""
from past.builtins import xrange

import numpy as np


class TwoLayerNet(object):
    def __init__(self, input_size, hidden_size, output_size, std=1e-4):
        self.params = {"W1": std * np.random.randn(input_size, hidden_size), "b1": np.zeros(hidden_size),
                       "W2": std * np.random.randn(hidden_size, output_size), "b2": np.zeros(output_size)}

    def loss(self, X, y=None, reg=0.0):
        W1, b1, W2, b2 = self.params["W1"], self.params["b1"], self.params["W2"], self.params["b2"]
        N = X.shape[0]
        hidden = np.maximum(0, X.dot(W1) + b1)
        scores = hidden.dot(W2) + b2
        if y is None:
            return scores
        shifted = scores - np.max(scores, axis=1, keepdims=True)
        probs = np.exp(shifted) / np.sum(np.exp(shifted), axis=1, keepdims=True)
        targets = np.zeros_like(probs)
        for i in xrange(N):
            targets[i, y[i]] = 1.0
        loss = -np.sum(targets * np.log(probs)) / N + 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
        dscores = (probs - targets) / N
        grads = {"W2": hidden.T.dot(dscores) + reg * W2, "b2": np.sum(dscores, axis=0)}
        dhidden = dscores.dot(W2.T) * (hidden > 0)
        grads["W1"] = X.T.dot(dhidden) + reg * W1
        grads["b1"] = np.sum(dhidden, axis=0)
        return loss, grads
