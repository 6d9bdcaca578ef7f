"""A class whose one list of sizes is named for the hidden layers but holds every layer's, the input's and the
output's too (`Net(hidden_dims)` with `self.n_layers = len(hidden_dims) - 1` and no other size beside it): sigmoid
hidden units, a softmax output, the mean cross-entropy; backward returns the gradients as two lists."""
import numpy as np


class Net:
    def __init__(self, hidden_dims, seed=0):
        rng = np.random.default_rng(seed)
        self.n_layers = len(hidden_dims) - 1
        self.W, self.b = [], []
        for k in range(self.n_layers):
            fan_in, fan_out = hidden_dims[k], hidden_dims[k + 1]
            self.W.append(rng.normal(0.0, 1.0 / np.sqrt(fan_in), (fan_in, fan_out)))
            self.b.append(np.zeros(fan_out))

    def forward(self, X):
        self.a = [X]
        for k in range(self.n_layers):
            z = self.a[-1] @ self.W[k] + self.b[k]
            if k < self.n_layers - 1:
                self.a.append(1.0 / (1.0 + np.exp(-z)))
            else:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                self.a.append(e / e.sum(axis=1, keepdims=True))
        return self.a[-1]

    def backward(self, Y):
        dW, db = [None] * self.n_layers, [None] * self.n_layers
        delta = (self.a[-1] - Y) / len(Y)
        for k in reversed(range(self.n_layers)):
            dW[k] = self.a[k].T @ delta
            db[k] = delta.sum(axis=0)
            if k > 0:
                delta = (delta @ self.W[k].T) * self.a[k] * (1.0 - self.a[k])
        return dW, db

    def loss(self, Y):
        return -np.mean(np.sum(Y * np.log(self.a[-1] + 1e-12), axis=1))
