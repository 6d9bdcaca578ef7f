"""Layer objects whose backward returns a record of its results, a named tuple `Grads(params={"W": dW, "b": db},
wrt_input=dx)` (an activation's with no parameters), composed in a network class that gathers the records' gradients
by layer; a softmax cross-entropy layer on integer labels; ReLU hidden units."""
from typing import NamedTuple

import numpy as np


class Grads(NamedTuple):
    params: dict
    wrt_input: np.ndarray


class Dense:
    def __init__(self, n_in, n_out, rng):
        self.params = {"W": rng.normal(0.0, np.sqrt(2.0 / n_in), (n_in, n_out)), "b": np.zeros(n_out)}

    def forward(self, x):
        self.x = x
        return x @ self.params["W"] + self.params["b"]

    def backward(self, g):
        return Grads({"W": self.x.T @ g, "b": g.sum(axis=0)}, g @ self.params["W"].T)


class ReLU:
    def forward(self, x):
        self.mask = x > 0
        return x * self.mask

    def backward(self, g):
        return Grads({}, g * self.mask)


class SoftmaxCrossEntropy:
    def forward(self, scores, labels):
        e = np.exp(scores - scores.max(axis=1, keepdims=True))
        self.p, self.labels = e / e.sum(axis=1, keepdims=True), labels
        return -np.mean(np.log(self.p[np.arange(len(labels)), labels]))

    def backward(self):
        g = self.p.copy()
        g[np.arange(len(self.labels)), self.labels] -= 1.0
        return g / len(self.labels)


class Network:
    def __init__(self, sizes, seed=5):
        rng = np.random.default_rng(seed)
        self.layers = []
        for a, b in zip(sizes[:-2], sizes[1:-1]):
            self.layers += [Dense(a, b, rng), ReLU()]
        self.layers.append(Dense(sizes[-2], sizes[-1], rng))
        self.loss = SoftmaxCrossEntropy()

    def forward(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def backward(self, g):
        found = {}
        for k in range(len(self.layers) - 1, -1, -1):
            record = self.layers[k].backward(g)
            found.update({(k, name): grad for name, grad in record.params.items()})
            g = record.wrt_input
        return found

    def train_step(self, x, labels, lr=0.1):
        value = self.loss.forward(self.forward(x), labels)
        for (k, name), grad in self.backward(self.loss.backward()).items():
            self.layers[k].params[name] -= lr * grad
        return value
