"""A CS231n TwoLayerNet whose loss walks the samples in a Python loop, each label read into a variable first:
loss(X) -> scores, loss(X, y) -> (loss, grads); ReLU hidden units, softmax, cross-entropy on integer labels, no
regularisation by default: correct."""
import numpy as np


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, std=1e-2):
        self.params = {"W1": std * np.random.randn(input_size, hidden_size), "b1": np.zeros(hidden_size),
                       "W2": std * np.random.randn(hidden_size, output_size), "b2": np.zeros(output_size)}

    def loss(self, X, y=None, reg=0.0):
        W1, b1, W2, b2 = self.params["W1"], self.params["b1"], self.params["W2"], self.params["b2"]
        N = X.shape[0]
        hidden = np.maximum(X @ W1 + b1, 0.0)
        scores = hidden @ W2 + b2
        if y is None:
            return scores
        shifted = scores - scores.max(axis=1, keepdims=True)
        probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
        loss = 0.0
        dscores = probs.copy()
        for i in range(N):
            label = y[i]
            loss -= np.log(probs[i, label])
            dscores[i, label] -= 1.0
        loss = loss / N + reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
        dscores /= N
        grads = {"W2": hidden.T @ dscores + 2 * reg * W2, "b2": dscores.sum(axis=0)}
        dhidden = (dscores @ W2.T) * (hidden > 0)
        grads["W1"] = X.T @ dhidden + 2 * reg * W1
        grads["b1"] = dhidden.sum(axis=0)
        return loss, grads
