"""Exit 2: accumulate(out_grad) takes the loss gradient from the training code outside the class and adds each
layer's share to wgrad/bgrad; backprop(), with no argument, only applies and clears them. It takes no labels and
reads none, so it is not the backward (called alone it would apply a zero gradient xval would have to blame)."""
import numpy as np


class Dense:
    def __init__(self, n_in, n_out, lr):
        self.w = np.random.randn(n_in, n_out) * 0.1
        self.b = np.zeros((1, n_out))
        self.lr = lr
        self.wgrad = 0.0
        self.bgrad = 0.0

    def forward(self, x):
        self.x = x
        self.z = x @ self.w + self.b
        return np.maximum(self.z, 0)

    def accumulate(self, out_grad):
        dz = out_grad * (self.z > 0)
        self.wgrad += self.x.T @ dz
        self.bgrad += dz.sum(axis=0, keepdims=True)
        return dz @ self.w.T

    def backprop(self):
        self.w -= self.lr * self.wgrad
        self.b -= self.lr * self.bgrad
        self.wgrad, self.bgrad = 0.0, 0.0


class Stack:
    def __init__(self, sizes, lr=0.1):
        self.layers = [Dense(a, b, lr) for a, b in zip(sizes[:-1], sizes[1:])]

    def forward(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def accumulate(self, out_grad):
        for layer in reversed(self.layers):
            out_grad = layer.accumulate(out_grad)

    def backprop(self):
        for layer in self.layers:
            layer.backprop()
