"""Class whose `hidden_size` is a list it indexes (tried as a number first, then as the list of hidden sizes);
forward returns the activations without the pre-activations (the hidden activation is read from each layer's
input and output); sigmoid hidden units, softmax, backprop returns (dWs, dbs): correct."""
import numpy as np


class Classifier:
    def __init__(self, hidden_size, n_in=784, n_out=10):
        sizes = [n_in] + [hidden_size[i] for i in range(len(hidden_size))] + [n_out]
        rng = np.random.default_rng(4)
        self.Ws = [rng.normal(0.0, 0.1, (a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.bs = [np.zeros((1, b)) for b in sizes[1:]]

    def forward(self, x):
        acts = [x]
        for i, (W, b) in enumerate(zip(self.Ws, self.bs)):
            z = acts[-1] @ W + b
            if i < len(self.Ws) - 1:
                acts.append(1.0 / (1.0 + np.exp(-z)))
            else:
                e = np.exp(z - np.max(z, axis=1, keepdims=True))
                acts.append(e / np.sum(e, axis=1, keepdims=True))
        return acts

    def backprop(self, x, y):
        acts = self.forward(x)
        delta = acts[-1].copy()
        delta[np.arange(len(y)), y] -= 1.0
        delta /= len(y)
        dWs, dbs = [None] * len(self.Ws), [None] * len(self.bs)
        for i in range(len(self.Ws) - 1, -1, -1):
            dWs[i] = acts[i].T @ delta
            dbs[i] = np.sum(delta, axis=0, keepdims=True)
            if i > 0:
                delta = (delta @ self.Ws[i].T) * acts[i] * (1.0 - acts[i])
        return dWs, dbs
