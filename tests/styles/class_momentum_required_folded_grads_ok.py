"""A class built with its sizes, a rate and a momentum coefficient it requires (`Network(shape, rate,
momentum_rate)`), its biases folded into each matrix as column 0 (a ones column joined to each layer's input),
and a `gradient(x, y)` that stores each matrix's gradient as `self.grad0`, `self.grad1` for `learn()` to apply
with momentum. Sigmoid hidden units, a softmax output, the batch mean of the cross-entropy."""
import numpy as np


class Network:
    def __init__(self, shape, rate, momentum_rate):
        gen = np.random.default_rng(4)
        self.rate, self.momentum_rate = rate, momentum_rate
        self.Theta0 = gen.normal(0, 1 / np.sqrt(shape[0]), (shape[1], shape[0] + 1))
        self.Theta1 = gen.normal(0, 1 / np.sqrt(shape[1]), (shape[2], shape[1] + 1))
        self.speed0, self.speed1 = np.zeros_like(self.Theta0), np.zeros_like(self.Theta1)

    def run(self, x):
        self.a0 = np.hstack([np.ones((len(x), 1)), x])
        self.h = 1 / (1 + np.exp(-(self.a0 @ self.Theta0.T)))
        self.a1 = np.hstack([np.ones((len(x), 1)), self.h])
        z = self.a1 @ self.Theta1.T
        e = np.exp(z - z.max(axis=1, keepdims=True))
        self.out = e / e.sum(axis=1, keepdims=True)
        return self.out

    def gradient(self, x, y):
        count = len(y)
        self.run(x)
        d1 = (self.out - y) / count
        d0 = (d1 @ self.Theta1)[:, 1:] * self.h * (1 - self.h)
        self.grad0 = d0.T @ self.a0
        self.grad1 = d1.T @ self.a1

    def learn(self, x, y):
        self.gradient(x, y)
        self.speed0 = self.momentum_rate * self.speed0 - self.rate * self.grad0
        self.speed1 = self.momentum_rate * self.speed1 - self.rate * self.grad1
        self.Theta0 += self.speed0
        self.Theta1 += self.speed1
        return -np.mean(np.sum(y * np.log(self.out + 1e-12), axis=1))


if __name__ == "__main__":
    gen = np.random.default_rng(6)
    x = gen.normal(size=(25, 3))
    y = np.eye(2)[gen.integers(0, 2, 25)]
    net = Network([3, 5, 2], 0.3, 0.9)
    for _ in range(60):
        cost = net.learn(x, y)
    print(cost)
