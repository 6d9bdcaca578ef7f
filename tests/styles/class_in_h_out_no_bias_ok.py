"""A class naming its weights by the layers they join, `w_in_h` (input to hidden) and `w_h_out` (hidden to
output), with its bias switched off by a flag: `self.bias = use_bias`, False by default, added to the output
as a number. `backward(x, t, y)` takes the output `forward` gave and steps in place at `self.lr`. Tanh hidden
units, softmax over each row, one-hot labels, mean cross-entropy."""
import numpy as np


class NeuralNetwork:
    def __init__(self, n_in, n_hl, n_out, use_bias=False, lr=0.1):
        rng = np.random.default_rng(6)
        self.w_in_h = rng.normal(0.0, 1.0 / np.sqrt(n_in), (n_in, n_hl))
        self.w_h_out = rng.normal(0.0, 1.0 / np.sqrt(n_hl), (n_hl, n_out))
        self.bias = use_bias
        self.lr = lr

    def forward(self, x):
        self.h = np.tanh(x @ self.w_in_h)
        s = self.h @ self.w_h_out + self.bias
        e = np.exp(s - s.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def backward(self, x, t, y):
        o_delta = (y - t) / len(x)
        h_delta = (o_delta @ self.w_h_out.T) * (1.0 - self.h ** 2)
        self.w_h_out -= self.lr * (self.h.T @ o_delta)
        self.w_in_h -= self.lr * (x.T @ h_delta)

    def train(self, x, t):
        y = self.forward(x)
        self.backward(x, t, y)
        return -np.mean(np.sum(t * np.log(y), axis=1))


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    x = gen.random((90, 784))
    t = np.eye(10)[gen.integers(0, 10, 90)]
    net = NeuralNetwork(784, 40, 10)
    for i in range(30):
        print(i, net.train(x, t))
