"""Bug: a layer kit whose dense layer takes a weight decay with a non-zero default (`weight_decay=1e-3`) that adds
`weight_decay * W` to its weight gradient, and whose network builds every layer without passing it, while its loss (a
softmax cross-entropy layer) has no L2 term: the layers always run with that decay, a penalty the loss lacks (xval
builds them as the file does, with the default, not with the strength it checks)."""
import numpy as np


class Dense:
    def __init__(self, n_in, n_out, weight_decay=1e-3):
        self.W = np.random.randn(n_in, n_out) * np.sqrt(2.0 / n_in)
        self.b = np.zeros((1, n_out))
        self.weight_decay = weight_decay

    def forward(self, x):
        self.x = x
        return x @ self.W + self.b

    def backward(self, grad):
        self.dW = self.x.T @ grad + self.weight_decay * self.W
        self.db = grad.sum(axis=0, keepdims=True)
        return grad @ self.W.T


class ReLU:
    def forward(self, z):
        self.z = z
        return np.maximum(z, 0)

    def backward(self, grad):
        return grad * (self.z > 0)


class SoftmaxLoss:
    def forward(self, scores, labels):
        e = np.exp(scores - scores.max(axis=1, keepdims=True))
        self.p, self.labels = e / e.sum(axis=1, keepdims=True), labels
        return -np.log(self.p[np.arange(len(labels)), labels]).mean()

    def backward(self):
        g = self.p.copy()
        g[np.arange(len(self.labels)), self.labels] -= 1
        return g / len(self.labels)


class Network:
    def __init__(self, sizes):
        self.layers = []
        for n_in, n_out in zip(sizes[:-2], sizes[1:-1]):
            self.layers += [Dense(n_in, n_out), ReLU()]
        self.layers.append(Dense(sizes[-2], sizes[-1]))
        self.loss = SoftmaxLoss()

    def step(self, x, labels, lr):
        for layer in self.layers:
            x = layer.forward(x)
        value = self.loss.forward(x, labels)
        grad = self.loss.backward()
        for layer in reversed(self.layers):
            grad = layer.backward(grad)
        for layer in self.layers:
            if isinstance(layer, Dense):
                layer.W -= lr * layer.dW
                layer.b -= lr * layer.db
        return value
