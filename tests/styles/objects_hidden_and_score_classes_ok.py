"""Two layer classes and no activation class: ``RectifiedDense`` applies its ReLU itself (``max(0, x @ w +
b)``) and ``ScoreDense`` gives the scores; both have ``fwd(x)`` and ``backprop(grad)``, which keeps ``self.dw``,
``self.db`` and returns the gradient at the input; a train function stacks them in a list and ends in its own
softmax cross-entropy, averaged over the batch: correct."""
import numpy as np


class RectifiedDense:
    def __init__(self, n_in, n_out):
        self.w = np.random.randn(n_in, n_out) * np.sqrt(2.0 / n_in)
        self.b = np.zeros((1, n_out))

    def fwd(self, x):
        self.x = x
        self.out = np.maximum(0.0, x @ self.w + self.b)
        return self.out

    def backprop(self, grad):
        g = grad * (self.out > 0)
        self.dw = self.x.T @ g
        self.db = g.sum(axis=0, keepdims=True)
        return g @ self.w.T


class ScoreDense:
    def __init__(self, n_in, n_out):
        self.w = np.random.randn(n_in, n_out) * np.sqrt(1.0 / n_in)
        self.b = np.zeros((1, n_out))

    def fwd(self, x):
        self.x = x
        return x @ self.w + self.b

    def backprop(self, grad):
        self.dw = self.x.T @ grad
        self.db = grad.sum(axis=0, keepdims=True)
        return grad @ self.w.T


def train(images, labels, sizes=(784, 64, 32, 10), step=0.1, rounds=10, batch=32):
    net = [RectifiedDense(a, b) for a, b in zip(sizes[:-2], sizes[1:-1])] + [ScoreDense(sizes[-2], sizes[-1])]
    for r in range(rounds):
        for start in range(0, len(images), batch):
            h, y = images[start:start + batch], labels[start:start + batch]
            for layer in net:
                h = layer.fwd(h)
            e = np.exp(h - h.max(axis=1, keepdims=True))
            p = e / e.sum(axis=1, keepdims=True)
            loss = -np.mean(np.log(p[np.arange(len(y)), y]))
            grad = p.copy()
            grad[np.arange(len(y)), y] -= 1.0
            grad /= len(y)
            for layer in reversed(net):
                grad = layer.backprop(grad)
            for layer in net:
                layer.w -= step * layer.dw
                layer.b -= step * layer.db
        print(r, loss)
    return net
