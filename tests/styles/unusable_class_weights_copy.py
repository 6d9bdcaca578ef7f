"""Exit 2: a class that keeps its parameters twice: a `params` dict it reports and saves, and copies of them in
`layers` that its forward and backward really use (and update). Setting `params` changes nothing the network computes,
so a check that set them would judge a network xval never gave it: exit 2, naming the copy problem."""
import numpy as np


class Classifier:
    def __init__(self, sizes, seed=0):
        rng = np.random.default_rng(seed)
        self.params = {}
        for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:]), start=1):
            self.params[f"W{i}"] = rng.normal(0.0, np.sqrt(2.0 / n_in), (n_in, n_out))
            self.params[f"b{i}"] = np.zeros(n_out)
        self.layers = [(np.array(self.params[f"W{i}"]), np.array(self.params[f"b{i}"]))
                       for i in range(1, len(sizes))]

    def forward(self, X):
        self.cache = [X]
        a = X
        for i, (W, b) in enumerate(self.layers):
            z = a @ W + b
            if i < len(self.layers) - 1:
                a = np.maximum(z, 0)
            else:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                a = e / e.sum(axis=1, keepdims=True)
            self.cache.append(a)
        return a

    def backward(self, y, lr=0.1):
        n = len(y)
        delta = self.cache[-1].copy()
        delta[np.arange(n), y] -= 1
        delta /= n
        for i in range(len(self.layers) - 1, -1, -1):
            W, b = self.layers[i]
            a_prev = self.cache[i]
            dW, db = a_prev.T @ delta, delta.sum(axis=0)
            if i > 0:
                delta = (delta @ W.T) * (a_prev > 0)
            self.layers[i] = (W - lr * dW, b - lr * db)

    def save(self, path):
        np.savez(path, **self.params)
