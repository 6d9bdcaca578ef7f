"""A class whose training step first decays its own learning rate (`self.lr *= self.decay`) and then updates
with the decayed rate: a schedule, not a gradient error (xval divides the change by the rate the step used);
ReLU hidden units, softmax + cross-entropy averaged over the batch, integer labels: correct."""
import numpy as np


class DecayingMLP:
    def __init__(self, sizes, lr=0.1, decay=0.9):
        rng = np.random.default_rng(21)
        self.lr, self.decay = lr, decay
        self.W = [rng.normal(0.0, np.sqrt(2.0 / a), (a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.b = [np.zeros(b) for b in sizes[1:]]

    def forward(self, X):
        self.hs = [X]
        for i, (W, b) in enumerate(zip(self.W, self.b)):
            z = self.hs[-1] @ W + b
            if i < len(self.W) - 1:
                self.hs.append(np.maximum(z, 0.0))
            else:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                self.hs.append(e / e.sum(axis=1, keepdims=True))
        return self.hs[-1]

    def train_step(self, X, labels):
        self.lr *= self.decay
        probs = self.forward(X)
        g = probs.copy()
        g[np.arange(len(X)), labels] -= 1.0
        g /= len(X)
        for i in reversed(range(len(self.W))):
            dW, db = self.hs[i].T @ g, g.sum(axis=0)
            if i:
                g = (g @ self.W[i].T) * (self.hs[i] > 0)
            self.W[i] -= self.lr * dW
            self.b[i] -= self.lr * db
