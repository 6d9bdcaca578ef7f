"""Layer objects for a binary classifier (Dense, ReLU, Sigmoid, BinaryCrossEntropy, each with forward and backward
keeping its results on itself), driven by a top-level loop; the file also defines a SquaredError loss layer it
never makes, whose backward divides by the batch only while its loss averages over the outputs too (wrong for more
than one output, and not on any path the file trains with). ReLU hidden units, sigmoid + binary cross-entropy:
correct."""
import numpy as np


class Dense:
    def __init__(self, n_in, n_out, rng):
        self.W = rng.normal(0, np.sqrt(2.0 / n_in), (n_in, n_out))
        self.b = np.zeros((1, n_out))

    def forward(self, x):
        self.x = x
        self.out = x @ self.W + self.b
        return self.out

    def backward(self, grad):
        self.dW = self.x.T @ grad
        self.db = grad.sum(axis=0, keepdims=True)
        self.dx = grad @ self.W.T
        return self.dx


class ReLU:
    def forward(self, x):
        self.mask = x > 0
        return x * self.mask

    def backward(self, grad):
        return grad * self.mask


class Sigmoid:
    def forward(self, x):
        self.out = 1.0 / (1.0 + np.exp(-x))
        return self.out

    def backward(self, grad):
        return grad * self.out * (1.0 - self.out)


class BinaryCrossEntropy:
    def forward(self, p, t):
        p = np.clip(p, 1e-12, 1 - 1e-12)
        return -np.mean(t * np.log(p) + (1 - t) * np.log(1 - p))

    def backward(self, p, t):
        p = np.clip(p, 1e-12, 1 - 1e-12)
        return (p - t) / (p * (1 - p)) / p.size


class SquaredError:
    def forward(self, p, t):
        self.diff = p - t
        return np.mean(self.diff ** 2)

    def backward(self, p, t):
        return 2 * self.diff / len(p)


rng = np.random.default_rng(4)
X = rng.normal(size=(200, 2))
y = (X[:, :1] * X[:, 1:] > 0).astype(float)
hidden, act, head, squash, criterion = Dense(2, 16, rng), ReLU(), Dense(16, 1, rng), Sigmoid(), BinaryCrossEntropy()
for epoch in range(300):
    p = squash.forward(head.forward(act.forward(hidden.forward(X))))
    loss = criterion.forward(p, y)
    grad = hidden.backward(act.backward(head.backward(squash.backward(criterion.backward(p, y)))))
    for layer in (hidden, head):
        layer.W -= 0.5 * layer.dW
        layer.b -= 0.5 * layer.db
print("loss", loss)
