"""Column-major regression class: predict(x), a batch_backward(x, y, lr) that runs its own forward, records the
batch's `np.mean((z2 - y) ** 2)` in `self.batch_loss` and steps, and a train(x, y, lr, batch_size, episode) looping
over episodes. The appended mean is its loss, over every element; its delta 2 * (z2 - y) / z2.size is that mean's
gradient: correct. sigmoid units, linear output."""
import numpy as np


class BatchModel:
    def __init__(self, n_in, n_hidden, n_out):
        rng = np.random.default_rng(19)
        self.w1 = rng.normal(0.0, 1.0 / np.sqrt(n_in), (n_hidden, n_in))
        self.b1 = np.zeros((n_hidden, 1))
        self.w2 = rng.normal(0.0, 1.0 / np.sqrt(n_hidden), (n_out, n_hidden))
        self.b2 = np.zeros((n_out, 1))
        self.batch_loss = []

    def predict(self, x):
        a1 = 1.0 / (1.0 + np.exp(-(self.w1 @ x + self.b1)))
        return self.w2 @ a1 + self.b2

    def batch_backward(self, x, y, lr):
        a1 = 1.0 / (1.0 + np.exp(-(self.w1 @ x + self.b1)))
        z2 = self.w2 @ a1 + self.b2
        self.batch_loss.append(np.mean((z2 - y) ** 2))
        dz2 = 2.0 * (z2 - y) / z2.size
        dz1 = (self.w2.T @ dz2) * a1 * (1.0 - a1)
        self.w2 -= lr * dz2 @ a1.T
        self.b2 -= lr * dz2.sum(axis=1, keepdims=True)
        self.w1 -= lr * dz1 @ x.T
        self.b1 -= lr * dz1.sum(axis=1, keepdims=True)

    def train(self, x, y, lr, batch_size, episode):
        for _ in range(episode):
            for j in range(0, x.shape[1], batch_size):
                self.batch_backward(x[:, j:j + batch_size], y[:, j:j + batch_size], lr)
