"""A course's textbook network whose only forward is named for what it gives: `output_logits(x)` walks the layers
on a column and returns the last layer's scores (tanh hidden layers, no activation on the last), with the softmax
applied by a method of its own; `backprop(x, y)` works on one sample with outer products, and
`update_mini_batch(batch, lr)` steps by the mean over its (x, y) pairs. Its loss is the mean cross-entropy of the
softmax of the scores."""
import numpy as np


class Network:
    def __init__(self, sizes, seed=1):
        rng = np.random.default_rng(seed)
        self.weights = [rng.normal(0, 1 / np.sqrt(m), (n, m)) for m, n in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.zeros((n, 1)) for n in sizes[1:]]

    def output_logits(self, x):
        for k, (w, b) in enumerate(zip(self.weights, self.biases)):
            x = w @ x + b
            if k < len(self.weights) - 1:
                x = np.tanh(x)
        return x

    def probabilities(self, s):
        e = np.exp(s - s.max(axis=0))
        return e / e.sum(axis=0)

    def loss(self, data):
        return np.mean([-np.log(self.probabilities(self.output_logits(x))[np.argmax(y), 0]) for x, y in data])

    def backprop(self, x, y):
        zs, acts = [], [x]
        for k, (w, b) in enumerate(zip(self.weights, self.biases)):
            zs.append(w @ acts[-1] + b)
            acts.append(np.tanh(zs[-1]) if k < len(self.weights) - 1 else zs[-1])
        delta = self.probabilities(zs[-1]) - y
        dw, db = [None] * len(self.weights), [None] * len(self.weights)
        for k in range(len(self.weights) - 1, -1, -1):
            dw[k] = np.outer(delta, acts[k])
            db[k] = delta.copy()
            if k > 0:
                delta = (self.weights[k].T @ delta) * (1.0 - np.tanh(zs[k - 1]) ** 2)
        return db, dw

    def update_mini_batch(self, batch, lr):
        sum_w = [np.zeros_like(w) for w in self.weights]
        sum_b = [np.zeros_like(b) for b in self.biases]
        for x, y in batch:
            db, dw = self.backprop(x, y)
            sum_w = [s + d for s, d in zip(sum_w, dw)]
            sum_b = [s + d for s, d in zip(sum_b, db)]
        self.weights = [w - lr / len(batch) * s for w, s in zip(self.weights, sum_w)]
        self.biases = [b - lr / len(batch) * s for b, s in zip(self.biases, sum_b)]


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    data = [(rng.random((784, 1)), np.eye(10)[:, [k]]) for k in rng.integers(0, 10, 60)]
    net = Network([784, 32, 10])
    for epoch in range(3):
        for i in range(0, len(data), 20):
            net.update_mini_batch(data[i:i + 20], 0.5)
        print(epoch, net.loss(data))
