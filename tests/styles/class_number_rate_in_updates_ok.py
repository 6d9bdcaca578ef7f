"""A class whose backward updates its parameters in place with the rate written as a number in each update
(``self.W2 -= 0.05 * self.h.T @ d2``, which Python reads as ``(0.05 * self.h.T) @ d2``), and no rate anywhere else:
read as stepping at that rate, not as the bare gradient. ReLU hidden units, softmax outputs, one-hot labels,
cross-entropy averaged over the batch."""

import numpy as np


class TwoLayer:
    def __init__(self, n_in, n_hid, n_out):
        rng = np.random.default_rng(1)
        self.W1 = rng.normal(0, np.sqrt(2 / n_in), (n_in, n_hid))
        self.b1 = np.zeros((1, n_hid))
        self.W2 = rng.normal(0, np.sqrt(2 / n_hid), (n_hid, n_out))
        self.b2 = np.zeros((1, n_out))

    def forward(self, X):
        self.X = X
        self.h = np.maximum(X @ self.W1 + self.b1, 0)
        s = self.h @ self.W2 + self.b2
        e = np.exp(s - s.max(axis=1, keepdims=True))
        self.p = e / e.sum(axis=1, keepdims=True)
        return self.p

    def backward(self, Y):
        d2 = (self.p - Y) / len(Y)
        d1 = (d2 @ self.W2.T) * (self.h > 0)
        self.W2 -= 0.05 * self.h.T @ d2
        self.b2 -= 0.05 * d2.sum(axis=0, keepdims=True)
        self.W1 -= 0.05 * self.X.T @ d1
        self.b1 -= 0.05 * d1.sum(axis=0, keepdims=True)


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(90, 5))
    Y = np.eye(3)[np.argmax(X[:, :3], axis=1)]
    net = TwoLayer(5, 10, 3)
    for _ in range(300):
        net.forward(X)
        net.backward(Y)
    print(float(-np.mean(np.sum(Y * np.log(net.p), axis=1))))
