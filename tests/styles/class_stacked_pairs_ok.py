"""Class whose mini-batch step stacks its (x, y) pairs into one matrix (`np.stack([x for x, _ in batch])`), calls a
vectorised backprop(X, Y) once, which returns the batch's summed gradient, and divides by len(batch) in its own
update; sigmoid units and output, its cost the batch mean of half the squared error: correct. The step is judged,
not backprop alone: a division it leaves out of one update shows."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class StackedNet:
    def __init__(self, sizes):
        rng = np.random.default_rng(12)
        self.weights = [rng.normal(0.0, 1.0 / np.sqrt(m), (m, n)) for m, n in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.zeros(n) for n in sizes[1:]]

    def feedforward(self, X):
        for W, b in zip(self.weights, self.biases):
            X = sigmoid(X @ W + b)
        return X

    def backprop(self, X, Y):
        acts = [X]
        for W, b in zip(self.weights, self.biases):
            acts.append(sigmoid(acts[-1] @ W + b))
        delta = (acts[-1] - Y) * acts[-1] * (1.0 - acts[-1])
        grads_w, grads_b = [], []
        for i in range(len(self.weights) - 1, -1, -1):
            grads_w.insert(0, acts[i].T @ delta)
            grads_b.insert(0, delta.sum(axis=0))
            if i > 0:
                delta = (delta @ self.weights[i].T) * acts[i] * (1.0 - acts[i])
        return grads_w, grads_b

    def cost(self, X, Y):
        return 0.5 * np.sum((self.feedforward(X) - Y) ** 2) / len(X)

    def update_mini_batch(self, batch, eta):
        X = np.stack([x for x, _ in batch])
        Y = np.stack([y for _, y in batch])
        grads_w, grads_b = self.backprop(X, Y)
        self.weights = [W - eta / len(batch) * g for W, g in zip(self.weights, grads_w)]
        self.biases = [b - eta / len(batch) * g for b, g in zip(self.biases, grads_b)]
