"""A class whose fit() does the forward, the backward and the update inline: there is no backward method.

fit(X, y, epochs, lr, batch_size) shuffles, walks mini-batches and applies the mean cross-entropy's gradient
in place; ReLU hidden units, softmax output, integer labels turned one-hot inside.
"""
import numpy as np


class MLPClassifier:
    def __init__(self, layer_sizes, seed=0):
        rng = np.random.default_rng(seed)
        self.weights = [rng.normal(0.0, np.sqrt(2.0 / n_in), (n_in, n_out))
                        for n_in, n_out in zip(layer_sizes[:-1], layer_sizes[1:])]
        self.biases = [np.zeros(n_out) for n_out in layer_sizes[1:]]
        self.history = []

    def predict_proba(self, X):
        a = X
        for W, b in zip(self.weights[:-1], self.biases[:-1]):
            a = np.maximum(a @ W + b, 0.0)
        scores = a @ self.weights[-1] + self.biases[-1]
        scores = scores - scores.max(axis=1, keepdims=True)
        e = np.exp(scores)
        return e / e.sum(axis=1, keepdims=True)

    def fit(self, X, y, epochs=10, lr=0.1, batch_size=64, verbose=False):
        n = X.shape[0]
        for epoch in range(epochs):
            order = np.random.permutation(n)
            for start in range(0, n, batch_size):
                idx = order[start:start + batch_size]
                xb, yb = X[idx], y[idx]
                # forward, keeping every layer's input and pre-activation
                inputs, pre = [xb], []
                for W, b in zip(self.weights, self.biases):
                    z = inputs[-1] @ W + b
                    pre.append(z)
                    inputs.append(np.maximum(z, 0.0))
                s = pre[-1] - pre[-1].max(axis=1, keepdims=True)
                p = np.exp(s)
                p /= p.sum(axis=1, keepdims=True)
                # backward: softmax + cross-entropy, averaged over the batch
                delta = p.copy()
                delta[np.arange(len(yb)), yb] -= 1.0
                delta /= len(yb)
                grads = []
                for i in reversed(range(len(self.weights))):
                    grads.append((inputs[i].T @ delta, delta.sum(axis=0)))
                    if i > 0:
                        delta = (delta @ self.weights[i].T) * (pre[i - 1] > 0)
                for i, (dW, db) in zip(reversed(range(len(self.weights))), grads):
                    self.weights[i] -= lr * dW
                    self.biases[i] -= lr * db
            if verbose:
                self.history.append(-np.mean(np.log(self.predict_proba(X)[np.arange(n), y] + 1e-12)))
        return self
