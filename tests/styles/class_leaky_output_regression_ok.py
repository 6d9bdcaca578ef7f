"""A regression network whose every layer, the output too, is a leaky ReLU of slope 0.1 (its own leaky(v) and
leaky_slope(v)), built from a list of sizes and trained on the mean over the batch of half the squared error; the
output delta goes through the output's own slope. Row-major, weights (in, out): correct."""
import numpy as np

SLOPE = 0.1


def leaky(v):
    return np.where(v > 0, v, SLOPE * v)


def leaky_slope(v):
    return np.where(v > 0, 1.0, SLOPE)


class LeakyNet:
    def __init__(self, sizes, rate=0.01, seed=0):
        rng = np.random.default_rng(seed)
        self.rate = rate
        self.weights = [rng.normal(0, np.sqrt(2.0 / m), (m, n)) for m, n in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.zeros((1, n)) for n in sizes[1:]]

    def forward(self, X):
        self.inputs, self.pre = [X], []
        for W, b in zip(self.weights, self.biases):
            z = self.inputs[-1] @ W + b
            self.pre.append(z)
            self.inputs.append(leaky(z))
        return self.inputs[-1]

    def backward(self, Y):
        n = Y.shape[0]
        delta = (self.inputs[-1] - Y) / n * leaky_slope(self.pre[-1])
        grads_w, grads_b = [], []
        for k in reversed(range(len(self.weights))):
            grads_w.insert(0, self.inputs[k].T @ delta)
            grads_b.insert(0, delta.sum(axis=0, keepdims=True))
            if k > 0:
                delta = delta @ self.weights[k].T * leaky_slope(self.pre[k - 1])
        return grads_w, grads_b

    def step(self, X, Y):
        self.forward(X)
        grads_w, grads_b = self.backward(Y)
        for k in range(len(self.weights)):
            self.weights[k] -= self.rate * grads_w[k]
            self.biases[k] -= self.rate * grads_b[k]

    def loss(self, X, Y):
        return 0.5 * np.mean(np.sum((self.forward(X) - Y) ** 2, axis=1))


if __name__ == "__main__":
    data = np.random.default_rng(1).normal(size=(256, 3))
    target = np.stack([data.sum(axis=1), np.abs(data[:, 0])], axis=1)
    net = LeakyNet([3, 16, 16, 2])
    for _ in range(500):
        net.step(data, target)
    print(net.loss(data, target))
