"""An estimator whose weights exist only once fit(X, y) has run: fit makes them from X.shape[1] and the hidden
sizes its constructor kept, then loops; forward(X) and gradients(X, y) (returning two lists) do the work: correct.
xval runs what fit does before its loop on a probe batch, then sets its own weights."""
import numpy as np


class LateNet:
    def __init__(self, hidden=(64,), n_classes=10, seed=0):
        self.hidden = list(hidden)
        self.n_classes = n_classes
        self.seed = seed

    def fit(self, X, y, epochs=5, lr=0.1):
        sizes = [X.shape[1], *self.hidden, self.n_classes]
        rng = np.random.default_rng(self.seed)
        self.W = [rng.normal(0.0, np.sqrt(2.0 / a), (a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.b = [np.zeros(b) for b in sizes[1:]]
        for _ in range(epochs):
            grad_W, grad_b = self.gradients(X, y)
            self.W = [w - lr * g for w, g in zip(self.W, grad_W)]
            self.b = [b - lr * g for b, g in zip(self.b, grad_b)]
        return self

    def forward(self, X):
        self.inputs, self.pre = [X], []
        a = X
        for i, (w, b) in enumerate(zip(self.W, self.b)):
            z = a @ w + b
            self.pre.append(z)
            if i < len(self.W) - 1:
                a = np.maximum(z, 0.0)
                self.inputs.append(a)
        z = z - z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def gradients(self, X, y):
        p = self.forward(X)
        delta = p.copy()
        delta[np.arange(len(y)), y] -= 1.0
        delta /= len(y)
        grad_W, grad_b = [None] * len(self.W), [None] * len(self.b)
        for i in range(len(self.W) - 1, -1, -1):
            grad_W[i] = self.inputs[i].T @ delta
            grad_b[i] = delta.sum(axis=0)
            if i > 0:
                delta = (delta @ self.W[i].T) * (self.pre[i - 1] > 0)
        return grad_W, grad_b
