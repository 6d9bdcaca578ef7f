"""A layer kit whose layers step inside their own backward (`backward(grad, rate)`), chained by a `Network` whose
`train(x, y, rate, epochs)` gives them the whole batch at each epoch (no loop over samples): `Dense` and `Sigmoid`
layers, the half squared error's gradient handed in by the file's loss function pair."""
import numpy as np


def half_sse(y, p):
    return np.mean(np.sum((p - y) ** 2, axis=1)) / 2


def half_sse_grad(y, p):
    return (p - y) / len(y)


class Dense:
    def __init__(self, n_in, n_out):
        self.W = np.random.uniform(-0.5, 0.5, (n_in, n_out))
        self.b = np.zeros((1, n_out))

    def forward(self, x):
        self.x = x
        return x @ self.W + self.b

    def backward(self, grad, rate):
        grad_x = grad @ self.W.T
        self.W -= rate * self.x.T @ grad
        self.b = self.b - rate * grad.sum(axis=0, keepdims=True)
        return grad_x


class Sigmoid:
    def forward(self, x):
        self.out = 1.0 / (1.0 + np.exp(-x))
        return self.out

    def backward(self, grad, rate):
        return grad * self.out * (1.0 - self.out)


class Network:
    def __init__(self, layers, loss, loss_grad):
        self.layers, self.loss, self.loss_grad = layers, loss, loss_grad

    def forward(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def train(self, x, y, rate=0.1, epochs=100):
        for epoch in range(epochs):
            out = self.forward(x)
            grad = self.loss_grad(y, out)
            for layer in reversed(self.layers):
                grad = layer.backward(grad, rate)
            if epoch % 25 == 0:
                print(epoch, self.loss(y, out))


if __name__ == "__main__":
    rng = np.random.default_rng(4)
    x = rng.uniform(-1, 1, (16, 3))
    y = np.c_[x[:, 0] * x[:, 1], x[:, 2] ** 2]
    net = Network([Dense(3, 6), Sigmoid(), Dense(6, 2)], half_sse, half_sse_grad)
    net.train(x, y)
