"""A class with one hidden width for two hidden layers, ``Classifier(n_in, n_hidden, n_out)`` making
W1 (n_in + 1, n_hidden), W2 (n_hidden, n_hidden), W3 (n_hidden, n_out): the only bias is the first layer's, a ones
column joined to the input (the bias trick on the input alone), and the later layers have none. ``update(xb, yb)``
runs the forward and steps in place (sigmoid hidden units, softmax output, cross-entropy): correct."""
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


class Classifier:
    def __init__(self, n_in, n_hidden, n_out, rate=0.05):
        self.rate = rate
        self.W1 = np.random.randn(n_in + 1, n_hidden) * np.sqrt(1.0 / n_in)
        self.W2 = np.random.randn(n_hidden, n_hidden) * np.sqrt(1.0 / n_hidden)
        self.W3 = np.random.randn(n_hidden, n_out) * np.sqrt(1.0 / n_hidden)

    def forward(self, xb):
        self.xe = np.concatenate([xb, np.ones((len(xb), 1))], axis=1)
        self.h1 = sigmoid(self.xe @ self.W1)
        self.h2 = sigmoid(self.h1 @ self.W2)
        s = self.h2 @ self.W3
        s = np.exp(s - s.max(axis=1, keepdims=True))
        self.p = s / s.sum(axis=1, keepdims=True)
        return self.p

    def update(self, xb, yb):
        p = self.forward(xb)
        n = len(xb)
        e3 = (p - yb) / n
        e2 = (e3 @ self.W3.T) * self.h2 * (1 - self.h2)
        e1 = (e2 @ self.W2.T) * self.h1 * (1 - self.h1)
        self.W3 -= self.rate * self.h2.T @ e3
        self.W2 -= self.rate * self.h1.T @ e2
        self.W1 -= self.rate * self.xe.T @ e1
        return -np.mean(np.log(p[yb.astype(bool)] + 1e-12))


if __name__ == "__main__":
    rng = np.random.default_rng(5)
    images = rng.random((96, 784))
    labels = np.eye(10)[rng.integers(0, 10, 96)]
    net = Classifier(784, 48, 10)
    for epoch in range(3):
        for start in range(0, 96, 32):
            print(net.update(images[start:start + 32], labels[start:start + 32]))
