"""A classifier keeping its weights and biases in dicts keyed by layer number (``self.weights[1]``,
``self.bias[1]``), column-major inside, whose ``backprop`` returns two dicts keyed the same way and whose
``fit`` takes the samples as rows and transposes them itself; tanh hidden units, softmax output, mean
cross-entropy."""

import numpy as np


class Classifier:
    def __init__(self, sizes, seed=3):
        rng = np.random.default_rng(seed)
        self.sizes = sizes
        self.depth = len(sizes) - 1
        self.weights = {}
        self.bias = {}
        for l in range(1, self.depth + 1):
            self.weights[l] = rng.normal(0.0, 1.0 / np.sqrt(sizes[l - 1]), (sizes[l], sizes[l - 1]))
            self.bias[l] = np.zeros((sizes[l], 1))

    def run(self, inputs):
        acts, pre = {0: inputs}, {}
        for l in range(1, self.depth + 1):
            pre[l] = self.weights[l] @ acts[l - 1] + self.bias[l]
            if l < self.depth:
                acts[l] = np.tanh(pre[l])
            else:
                shifted = np.exp(pre[l] - pre[l].max(axis=0, keepdims=True))
                acts[l] = shifted / shifted.sum(axis=0, keepdims=True)
        return acts[self.depth], acts, pre

    def cost(self, probs, targets):
        return -np.sum(targets * np.log(probs + 1e-12)) / targets.shape[1]

    def backprop(self, probs, targets, acts, pre, n_samples):
        grad_w, grad_b = {}, {}
        delta = (probs - targets) / n_samples
        for l in range(self.depth, 0, -1):
            grad_w[l] = delta @ acts[l - 1].T
            grad_b[l] = delta.sum(axis=1, keepdims=True)
            if l > 1:
                delta = (self.weights[l].T @ delta) * (1.0 - acts[l - 1] ** 2)
        return grad_w, grad_b

    def fit(self, rows, labels, rounds=50, step=0.1):
        inputs = rows.T
        n_samples = rows.shape[0]
        targets = np.eye(self.sizes[-1])[labels].T
        history = []
        for _ in range(rounds):
            probs, acts, pre = self.run(inputs)
            history.append(self.cost(probs, targets))
            grad_w, grad_b = self.backprop(probs, targets, acts, pre, n_samples)
            for l in range(1, self.depth + 1):
                self.weights[l] -= step * grad_w[l]
                self.bias[l] -= step * grad_b[l]
        return history


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    rows = rng.normal(size=(60, 8))
    labels = (rows[:, 0] > 0).astype(int) + (rows[:, 1] > 0).astype(int)
    net = Classifier([8, 6, 3])
    print(net.fit(rows, labels)[-1])
