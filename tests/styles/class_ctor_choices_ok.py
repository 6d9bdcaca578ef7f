"""A class whose constructor wants things xval must supply: sizes spelled inputNum/outputNum, the number of
layers, an init scheme looked up in a dict, a number of epochs and a mini-batch size; train(X, y) runs its own
loop (self.epochs passes over mini-batches of self.batch_size) with the backward inline. ReLU, softmax, mean
cross-entropy, integer labels.
"""
import numpy as np


def he_init(n_in, n_out):
    return np.random.randn(n_in, n_out) * np.sqrt(2.0 / n_in)


def small_init(n_in, n_out):
    return np.random.randn(n_in, n_out) * 0.01


class Classifier:
    def __init__(self, inputNum, hidden_sizes, outputNum, num_layers, init, epochs, batch_size, lr=0.1):
        schemes = {"he": he_init, "small": small_init}
        make = schemes[init]
        sizes = [inputNum] + list(hidden_sizes) + [outputNum]
        assert len(sizes) == num_layers + 1
        self.W = [make(a, b) for a, b in zip(sizes[:-1], sizes[1:])]
        self.b = [np.zeros((1, b)) for b in sizes[1:]]
        self.epochs, self.batch_size, self.lr = epochs, batch_size, lr

    def predict_proba(self, X):
        h = X
        for W, b in zip(self.W[:-1], self.b[:-1]):
            h = np.maximum(h @ W + b, 0)
        s = h @ self.W[-1] + self.b[-1]
        e = np.exp(s - s.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def train(self, X, y):
        for _ in range(self.epochs):
            for start in range(0, len(X), self.batch_size):
                xb, yb = X[start:start + self.batch_size], y[start:start + self.batch_size]
                hs, zs = [xb], []
                for W, b in zip(self.W, self.b):
                    zs.append(hs[-1] @ W + b)
                    hs.append(np.maximum(zs[-1], 0))
                e = np.exp(zs[-1] - zs[-1].max(axis=1, keepdims=True))
                d = e / e.sum(axis=1, keepdims=True)
                d[np.arange(len(yb)), yb] -= 1
                d /= len(yb)
                for i in range(len(self.W) - 1, -1, -1):
                    dW, db = hs[i].T @ d, d.sum(axis=0, keepdims=True)
                    if i:
                        d = (d @ self.W[i].T) * (zs[i - 1] > 0)
                    self.W[i] -= self.lr * dW
                    self.b[i] -= self.lr * db
