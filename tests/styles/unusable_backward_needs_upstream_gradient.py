"""Exit 2: backward(dout, reg) takes the gradient of a loss that lives in another file, at the output of a forward
that ends in a softmax: whether dout is meant before or after the softmax is nowhere in the file."""
import numpy as np


class Dense:
    def __init__(self, n_in, n_out):
        self.W = np.random.default_rng(6).normal(0.0, 0.1, (n_in, n_out))
        self.b = np.zeros((1, n_out))

    def forward(self, x):
        self.x = x
        return x @ self.W + self.b

    def backward(self, dout):
        self.dW = self.x.T @ dout
        self.db = dout.sum(axis=0, keepdims=True)
        return dout @ self.W.T


class Network:
    def __init__(self, sizes):
        self.layers = [Dense(a, b) for a, b in zip(sizes[:-1], sizes[1:])]

    def forward(self, x):
        self.masks = []
        for i, layer in enumerate(self.layers):
            x = layer.forward(x)
            if i < len(self.layers) - 1:
                self.masks.append(x > 0)
                x = x * self.masks[-1]
        e = np.exp(x - x.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def backward(self, dout, reg):
        for i in range(len(self.layers) - 1, -1, -1):
            dout = self.layers[i].backward(dout)
            self.layers[i].dW += reg * self.layers[i].W
            if i > 0:
                dout = dout * self.masks[i - 1]

    def update(self, lr):
        for layer in self.layers:
            layer.W -= lr * layer.dW
            layer.b -= lr * layer.db
