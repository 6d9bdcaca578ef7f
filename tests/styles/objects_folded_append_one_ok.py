"""Layer objects for one sample at a time: `Dense(n_in, n_out, init_fn, lr)` keeps one matrix `w` of shape
(n_out, n_in + 1) whose column 0 is the bias, prepends the 1 with `np.append(1, x)`, and its `backward(dz)`
stores `self.dw` alone (no separate bias gradient); tanh units beside it. A class `Net` composes them:
`forward(x)` gives the probabilities of a 1-D sample, `backward(y, y_hat)` fills each layer's `dw`, which the
training loop applies. Softmax output, cross-entropy of the one label."""
import numpy as np


def small_uniform(shape):
    return np.random.default_rng(5).uniform(-0.1, 0.1, shape)


class Tanh:
    def forward(self, z):
        self.out = np.tanh(z)
        return self.out

    def backward(self, grad):
        return grad * (1.0 - self.out ** 2)


class Dense:
    def __init__(self, n_in, n_out, init_fn, lr):
        self.w = init_fn((n_out, n_in + 1))
        self.w[:, 0] = 0.0
        self.dw = np.zeros_like(self.w)
        self.lr = lr

    def forward(self, x):
        self.x1 = np.append(1, x)
        return self.w @ self.x1

    def backward(self, dz):
        self.dw = np.outer(dz, self.x1)
        return self.w[:, 1:].T @ dz


class Net:
    def __init__(self, n_in, n_hidden, n_out, init_fn, lr):
        self.first = Dense(n_in, n_hidden, init_fn, lr)
        self.act = Tanh()
        self.second = Dense(n_hidden, n_out, init_fn, lr)

    def forward(self, x):
        s = self.second.forward(self.act.forward(self.first.forward(x)))
        e = np.exp(s - s.max())
        return e / e.sum()

    def backward(self, y, y_hat):
        ds = y_hat.copy()
        ds[y] -= 1.0
        self.first.backward(self.act.backward(self.second.backward(ds)))


if __name__ == "__main__":
    gen = np.random.default_rng(2)
    net = Net(784, 32, 10, small_uniform, 0.05)
    for k in range(100):
        x, y = gen.random(784), int(gen.integers(0, 10))
        p = net.forward(x)
        net.backward(y, p)
        for layer in (net.first, net.second):
            layer.w -= layer.lr * layer.dw
        if k % 20 == 0:
            print(k, -np.log(p[y]))
