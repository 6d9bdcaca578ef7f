"""Layer objects that keep each backward's gradients as one pair, `self.grad = [dW, db]` (not dW and db apart, nor
a dict), in a list the file walks itself: `Affine(n_in, n_out)` and `Tanh`, a `Net` that chains them and steps
with `update(lr)`; the loss gradient is handed to its backward."""
import numpy as np


class Affine:
    def __init__(self, n_in, n_out):
        self.W = np.random.normal(0.0, 1.0 / np.sqrt(n_in), (n_in, n_out))
        self.b = np.zeros(n_out)
        self.grad = [np.zeros_like(self.W), np.zeros_like(self.b)]

    def forward(self, x):
        self.inp = x
        return x @ self.W + self.b

    def backward(self, g):
        self.grad = [self.inp.T @ g, g.sum(axis=0)]
        return g @ self.W.T

    def update(self, lr):
        self.W -= lr * self.grad[0]
        self.b -= lr * self.grad[1]


class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, g):
        return g * (1.0 - self.y ** 2)

    def update(self, lr):
        pass


class Net:
    def __init__(self, layers):
        self.layers = layers

    def forward(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def backward(self, g):
        for layer in self.layers[::-1]:
            g = layer.backward(g)

    def update(self, lr):
        for layer in self.layers:
            layer.update(lr)


def softmax(s):
    e = np.exp(s - s.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    x, t = rng.normal(size=(32, 6)), rng.integers(0, 3, 32)
    net = Net([Affine(6, 8), Tanh(), Affine(8, 3)])
    for step in range(200):
        p = softmax(net.forward(x))
        g = p.copy()
        g[np.arange(len(t)), t] -= 1.0
        net.backward(g / len(t))
        net.update(0.1)
