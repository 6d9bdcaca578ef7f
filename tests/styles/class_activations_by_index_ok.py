"""A class whose forward returns its activations as a dict keyed by layer number ({0: X, 1: h1, ..., L: probs})
and whose backward takes that dict back: `backward(X, Y, acts)` returning the gradients as two lists."""
import numpy as np


class IndexedNet:
    def __init__(self, n_in, hidden, n_out, lr=0.05, seed=1):
        rng = np.random.default_rng(seed)
        sizes = [n_in, *hidden, n_out]
        self.layers = sizes
        self.weights = [rng.normal(0, np.sqrt(2 / a), (a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.zeros((1, b)) for b in sizes[1:]]
        self.lr = lr

    def forward(self, X):
        acts = {0: X}
        last = len(self.weights)
        for k in range(1, last):
            acts[k] = np.maximum(acts[k - 1] @ self.weights[k - 1] + self.biases[k - 1], 0.0)
        z = acts[last - 1] @ self.weights[-1] + self.biases[-1]
        e = np.exp(z - z.max(axis=1, keepdims=True))
        acts[last] = e / e.sum(axis=1, keepdims=True)
        return acts

    def backward(self, X, Y, acts):
        last = len(self.weights)
        delta = (acts[last] - Y) / X.shape[0]
        grads_w, grads_b = [None] * last, [None] * last
        for k in range(last, 0, -1):
            grads_w[k - 1] = acts[k - 1].T @ delta
            grads_b[k - 1] = delta.sum(axis=0, keepdims=True)
            if k > 1:
                delta = (delta @ self.weights[k - 1].T) * (acts[k - 1] > 0)
        return grads_w, grads_b

    def train(self, X, Y, epochs=5):
        for _ in range(epochs):
            acts = self.forward(X)
            gw, gb = self.backward(X, Y, acts)
            for k in range(len(self.weights)):
                self.weights[k] -= self.lr * gw[k]
                self.biases[k] -= self.lr * gb[k]
