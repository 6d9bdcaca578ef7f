"""Layer objects in a list, each holding one matrix whose first row is its threshold: the layer joins -1 to its
input (`np.hstack([-np.ones((n, 1)), x])`), so that row holds minus the bias; each layer's gradient is taken from
the joined input and the next layer's delta skips the threshold row; sigmoid hidden units, softmax output, mean
cross-entropy."""
import numpy as np


class ThresholdLayer:
    def __init__(self, n_in, n_out, rng, last=False):
        self.weight = rng.normal(0.0, 1.0 / np.sqrt(n_in), (n_in + 1, n_out))
        self.last = last

    def forward(self, x):
        self.x_joined = np.hstack([-np.ones((x.shape[0], 1)), x])
        z = self.x_joined @ self.weight
        if self.last:
            e = np.exp(z - z.max(axis=1, keepdims=True))
            self.out = e / e.sum(axis=1, keepdims=True)
        else:
            self.out = 1.0 / (1.0 + np.exp(-z))
        return self.out

    def backward(self, delta):
        self.grad = self.x_joined.T @ delta
        return delta @ self.weight[1:].T


class ThresholdNet:
    def __init__(self, sizes, seed=3):
        rng = np.random.default_rng(seed)
        self.layers = [ThresholdLayer(a, b, rng, last=(k == len(sizes) - 2))
                       for k, (a, b) in enumerate(zip(sizes[:-1], sizes[1:]))]

    def forward(self, X):
        for layer in self.layers:
            X = layer.forward(X)
        return X

    def backward(self, Y):
        delta = (self.layers[-1].out - Y) / len(Y)
        for k in range(len(self.layers) - 1, -1, -1):
            passed = self.layers[k].backward(delta)
            if k:
                below = self.layers[k - 1].out
                delta = passed * below * (1.0 - below)
        return [layer.grad for layer in self.layers]

    def step(self, X, Y, lr=0.1):
        self.forward(X)
        for layer, g in zip(self.layers, self.backward(Y)):
            layer.weight -= lr * g
