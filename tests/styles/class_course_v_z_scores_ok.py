"""A course skeleton's network that names its pre-activations v and its activations z (the input first):
`forward(x)` appends `v.append(w @ z[-1] + b)` and returns `(z, v)`, the last layer's values the scores (its
softmax applied in the loss and in `backward(z, v, y)`); one column-vector sample per `backprop(x, y)`, whose
gradients `update_mini_batch(batch, lr)` averages; ReLU units, one-hot labels, cross-entropy: correct."""
import numpy as np


def relu(t):
    return np.maximum(t, 0.0)


class Network:
    def __init__(self, sizes):
        self.num_layers = len(sizes)
        self.weights = [np.random.randn(n, m) * np.sqrt(2.0 / m) for m, n in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.zeros((n, 1)) for n in sizes[1:]]

    @staticmethod
    def softmax(scores):
        e = np.exp(scores - scores.max(axis=0, keepdims=True))
        return e / e.sum(axis=0, keepdims=True)

    def forward(self, x):
        z, v = [np.copy(x)], []
        for layer, (w, b) in enumerate(zip(self.weights, self.biases)):
            v.append(w @ z[-1] + b)
            z.append(v[-1] if layer == self.num_layers - 2 else relu(v[-1]))
        return z, v

    def loss(self, data):
        return np.mean([-np.sum(y * np.log(self.softmax(self.forward(x)[0][-1]))) for x, y in data])

    def backward(self, z, v, y):
        delta = self.softmax(z[-1]) - y
        dws, dbs = [], []
        for layer in range(self.num_layers - 2, -1, -1):
            dws.insert(0, delta @ z[layer].T)
            dbs.insert(0, delta)
            if layer > 0:
                delta = (self.weights[layer].T @ delta) * (v[layer - 1] > 0)
        return dbs, dws

    def backprop(self, x, y):
        z, v = self.forward(x)
        return self.backward(z, v, y)

    def update_mini_batch(self, batch, lr):
        sum_b = [np.zeros(b.shape) for b in self.biases]
        sum_w = [np.zeros(w.shape) for w in self.weights]
        for x, y in batch:
            db, dw = self.backprop(x, y)
            sum_b = [s + d for s, d in zip(sum_b, db)]
            sum_w = [s + d for s, d in zip(sum_w, dw)]
        self.weights = [w - (lr / len(batch)) * dw for w, dw in zip(self.weights, sum_w)]
        self.biases = [b - (lr / len(batch)) * db for b, db in zip(self.biases, sum_b)]
