"""A class whose backward keeps its gradients in a dict (`self.grads["W1"]`) and then steps every parameter by Adam
in place (`W -= lr * m_hat / (np.sqrt(v_hat) + eps)`), its moments in a dict of their own; tanh hidden units,
softmax output, one-hot labels."""
import numpy as np


class AdamNet:
    def __init__(self, n_in, n_hidden, n_out, lr=1e-3, seed=12):
        rng = np.random.default_rng(seed)
        self.W1 = rng.normal(0.0, 1.0 / np.sqrt(n_in), (n_in, n_hidden))
        self.b1 = np.zeros(n_hidden)
        self.W2 = rng.normal(0.0, 1.0 / np.sqrt(n_hidden), (n_hidden, n_out))
        self.b2 = np.zeros(n_out)
        self.lr, self.t, self.grads = lr, 0, {}
        self.moments = {}

    def forward(self, X):
        self.X = X
        self.H = np.tanh(X @ self.W1 + self.b1)
        S = self.H @ self.W2 + self.b2
        E = np.exp(S - S.max(axis=1, keepdims=True))
        self.P = E / E.sum(axis=1, keepdims=True)
        return self.P

    def backward(self, Y):
        dS = (self.P - Y) / len(Y)
        dH = (dS @ self.W2.T) * (1.0 - self.H ** 2)
        self.grads = {"W2": self.H.T @ dS, "b2": dS.sum(axis=0), "W1": self.X.T @ dH, "b1": dH.sum(axis=0)}
        self.t += 1
        for name, g in self.grads.items():
            m, v = self.moments.get(name, (np.zeros_like(g), np.zeros_like(g)))
            m = 0.9 * m + 0.1 * g
            v = 0.999 * v + 0.001 * g * g
            self.moments[name] = (m, v)
            m_hat, v_hat = m / (1 - 0.9 ** self.t), v / (1 - 0.999 ** self.t)
            setattr(self, name, getattr(self, name) - self.lr * m_hat / (np.sqrt(v_hat) + 1e-8))
