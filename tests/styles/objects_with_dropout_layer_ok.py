"""A layer kit of a course's last topic: `Linear`, `ReLU` and a fused `SoftmaxCE`, each with forward and backward,
beside a `Dropout` layer of its own (also forward and backward) that its `Net` puts after each hidden activation;
correct (the kit's layers agree; its dropout layer is outside the models xval's oracles build, said unchecked)."""
import numpy as np


class Linear:
    def __init__(self, n_in, n_out):
        rng = np.random.default_rng(n_in * 31 + n_out)
        self.W = rng.normal(size=(n_in, n_out)) * np.sqrt(2.0 / n_in)
        self.b = np.zeros(n_out)

    def forward(self, x):
        self.x = x
        return x @ self.W + self.b

    def backward(self, g):
        self.dW = self.x.T @ g
        self.db = g.sum(axis=0)
        return g @ self.W.T


class ReLU:
    def forward(self, x):
        self.mask = x > 0
        return x * self.mask

    def backward(self, g):
        return g * self.mask


class Dropout:
    def __init__(self, p=0.2):
        self.p = p
        self.training = True

    def forward(self, x):
        if not self.training or self.p == 0:
            self.keep = np.ones_like(x)
            return x
        self.keep = (np.random.random(x.shape) > self.p) / (1 - self.p)
        return x * self.keep

    def backward(self, g):
        return g * self.keep


class SoftmaxCE:
    def forward(self, scores, y):
        e = np.exp(scores - scores.max(axis=1, keepdims=True))
        self.p = e / e.sum(axis=1, keepdims=True)
        self.y = y
        return -np.mean(np.log(self.p[np.arange(len(y)), y]))

    def backward(self):
        g = self.p.copy()
        g[np.arange(len(self.y)), self.y] -= 1
        return g / len(self.y)


class Net:
    def __init__(self, sizes, p=0.2):
        self.layers = []
        for i in range(len(sizes) - 1):
            self.layers.append(Linear(sizes[i], sizes[i + 1]))
            if i < len(sizes) - 2:
                self.layers.append(ReLU())
                self.layers.append(Dropout(p))
        self.head = SoftmaxCE()

    def step(self, x, y, lr):
        for layer in self.layers:
            x = layer.forward(x)
        loss = self.head.forward(x, y)
        g = self.head.backward()
        for layer in reversed(self.layers):
            g = layer.backward(g)
        for layer in self.layers:
            if isinstance(layer, Linear):
                layer.W -= lr * layer.dW
                layer.b -= lr * layer.db
        return loss


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(64, 12))
    y = rng.integers(0, 4, size=64)
    net = Net([12, 16, 4])
    print([net.step(X, y, 0.1) for _ in range(3)])
