"""A CS231n-style class whose ``loss(X, y)`` needs the labels (no ``loss(X)`` for the scores) and returns
``(loss, grads)``, with sigmoid hidden units: no forward values to read its model from, so the hidden units and
the output are read from the loss value it returns. Sigmoid hidden units, softmax outputs, integer labels,
cross-entropy averaged over the batch."""

import numpy as np


class SmallNet:
    def __init__(self, input_dim, hidden_dim, num_classes, scale=0.1):
        rng = np.random.default_rng(4)
        self.params = {
            "W1": scale * rng.standard_normal((input_dim, hidden_dim)),
            "b1": np.zeros(hidden_dim),
            "W2": scale * rng.standard_normal((hidden_dim, num_classes)),
            "b2": np.zeros(num_classes),
        }

    def loss(self, X, y):
        W1, b1 = self.params["W1"], self.params["b1"]
        W2, b2 = self.params["W2"], self.params["b2"]
        N = X.shape[0]
        h = 1.0 / (1.0 + np.exp(-(X @ W1 + b1)))
        s = h @ W2 + b2
        s = s - s.max(axis=1, keepdims=True)
        p = np.exp(s) / np.exp(s).sum(axis=1, keepdims=True)
        data_loss = -np.log(p[np.arange(N), y]).mean()
        dscores = p.copy()
        dscores[np.arange(N), y] -= 1.0
        dscores /= N
        grads = {"W2": h.T @ dscores, "b2": dscores.sum(axis=0)}
        dh = dscores @ W2.T
        dpre = dh * h * (1.0 - h)
        grads["W1"] = X.T @ dpre
        grads["b1"] = dpre.sum(axis=0)
        return data_loss, grads

    def train(self, X, y, learning_rate=0.5, num_iters=200, batch_size=32):
        rng = np.random.default_rng(0)
        history = []
        for _ in range(num_iters):
            idx = rng.choice(X.shape[0], batch_size, replace=False)
            value, grads = self.loss(X[idx], y[idx])
            for k in self.params:
                self.params[k] -= learning_rate * grads[k]
            history.append(value)
        return history


if __name__ == "__main__":
    rng = np.random.default_rng(1)
    X = rng.normal(size=(200, 5))
    y = np.argmax(X[:, :3], axis=1)
    print(SmallNet(5, 12, 3).train(X, y)[-1])
