"""The CS231n assignment's TwoLayerNet: `self.params` W1, b1, W2, b2 (in, out), `loss(X, y=None, reg=0.0)`
returning the scores without labels and (loss, grads) with them, the loss's L2 term 0.5 * reg * sum(W ** 2)
written in the same method, so the check passes `reg` a strength and judges the penalty too: correct."""
import numpy as np


class TwoLayerNet(object):
    def __init__(self, input_size=784, hidden_size=64, output_size=10, std=1e-4):
        self.params = {}
        self.params["W1"] = std * np.random.randn(input_size, hidden_size)
        self.params["b1"] = np.zeros(hidden_size)
        self.params["W2"] = std * np.random.randn(hidden_size, output_size)
        self.params["b2"] = np.zeros(output_size)

    def loss(self, X, y=None, reg=0.0):
        W1, b1 = self.params["W1"], self.params["b1"]
        W2, b2 = self.params["W2"], self.params["b2"]
        N = X.shape[0]
        h = np.maximum(0, X.dot(W1) + b1)
        scores = h.dot(W2) + b2
        if y is None:
            return scores
        shifted = scores - scores.max(axis=1, keepdims=True)
        p = np.exp(shifted)
        p /= p.sum(axis=1, keepdims=True)
        loss = -np.log(p[np.arange(N), y]).sum() / N
        loss += 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
        grads = {}
        dscores = p.copy()
        dscores[np.arange(N), y] -= 1
        dscores /= N
        grads["W2"] = h.T.dot(dscores) + reg * W2
        grads["b2"] = dscores.sum(axis=0)
        dh = dscores.dot(W2.T)
        dh[h <= 0] = 0
        grads["W1"] = X.T.dot(dh) + reg * W1
        grads["b1"] = dh.sum(axis=0)
        return loss, grads

    def train(self, X, y, learning_rate=1e-3, reg=5e-6, num_iters=100, batch_size=200):
        for it in range(num_iters):
            idx = np.random.choice(X.shape[0], batch_size)
            loss, grads = self.loss(X[idx], y=y[idx], reg=reg)
            for k in self.params:
                self.params[k] -= learning_rate * grads[k]

    def predict(self, X):
        return np.argmax(self.loss(X), axis=1)
