"""A class whose ``backward()`` takes no arguments and reads ``self.out_error``, which only its ``train`` sets,
between its forward call and its backward call, from a module-level loss function
(``value, self.out_error = loss_and_error(probs, Y)``); the constructor leaves it 0.0. tanh hidden units,
sigmoid outputs, binary cross-entropy summed over the outputs and averaged over the batch."""

import numpy as np


def loss_and_error(probs, targets):
    eps = 1e-12
    value = -np.sum(targets * np.log(probs + eps) + (1 - targets) * np.log(1 - probs + eps)) / len(targets)
    return value, (probs - targets) / len(targets)


class TinyNet:
    def __init__(self, n_in, n_hid, n_out, seed=5):
        rng = np.random.default_rng(seed)
        self.W1 = rng.normal(0, 1 / np.sqrt(n_in), (n_in, n_hid))
        self.b1 = np.zeros(n_hid)
        self.W2 = rng.normal(0, 1 / np.sqrt(n_hid), (n_hid, n_out))
        self.b2 = np.zeros(n_out)
        self.out_error = 0.0

    def forward(self, X):
        self.X = X
        self.h = np.tanh(X @ self.W1 + self.b1)
        self.p = 1 / (1 + np.exp(-(self.h @ self.W2 + self.b2)))
        return self.p

    def backward(self):
        g_out = self.out_error
        grads = {"W2": self.h.T @ g_out, "b2": g_out.sum(axis=0)}
        g_hid = (g_out @ self.W2.T) * (1 - self.h ** 2)
        grads["W1"] = self.X.T @ g_hid
        grads["b1"] = g_hid.sum(axis=0)
        return grads

    def apply(self, grads, lr):
        for name, g in grads.items():
            setattr(self, name, getattr(self, name) - lr * g)

    def train(self, X, Y, epochs=100, lr=0.5):
        history = []
        for _ in range(epochs):
            probs = self.forward(X)
            value, self.out_error = loss_and_error(probs, Y)
            grads = self.backward()
            self.apply(grads, lr)
            history.append(value)
        return history


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(80, 6))
    Y = np.eye(3)[(X[:, 0] > 0).astype(int) + (X[:, 1] > 0).astype(int)]
    print(TinyNet(6, 8, 3).train(X, Y)[-1])
