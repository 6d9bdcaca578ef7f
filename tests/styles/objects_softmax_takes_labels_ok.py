"""Layer modules with a shared base class: `Dense` keeps `W` (in, out) and `b` (1, out) and stores `dW`, `db` in its
`backward(grad)`; `Relu` gates. The output module `Softmax` is softmax and cross-entropy in one: its forward
returns the probabilities and its `backward(Y_onehot)` takes the one-hot labels, not an upstream gradient, returning
(p - Y) / n. `Net(modules)` runs them in order and passes the labels to the last one's backward."""
import numpy as np


class Base:
    def forward(self, x):
        raise NotImplementedError

    def backward(self, grad):
        raise NotImplementedError


class Dense(Base):
    def __init__(self, n_in, n_out):
        self.W = np.random.randn(n_in, n_out) * np.sqrt(2.0 / n_in)
        self.b = np.zeros((1, n_out))

    def forward(self, x):
        self.x = x
        return x @ self.W + self.b

    def backward(self, grad):
        self.dW = self.x.T @ grad
        self.db = grad.sum(axis=0, keepdims=True)
        return grad @ self.W.T


class Relu(Base):
    def forward(self, x):
        self.mask = x > 0
        return x * self.mask

    def backward(self, grad):
        return grad * self.mask


class Softmax(Base):
    def forward(self, x):
        e = np.exp(x - x.max(axis=1, keepdims=True))
        self.p = e / e.sum(axis=1, keepdims=True)
        return self.p

    def backward(self, Y_onehot):
        n = Y_onehot.shape[0]
        return (self.p - Y_onehot) / n


class Net(Base):
    def __init__(self, modules):
        self.modules = modules

    def forward(self, x):
        for m in self.modules:
            x = m.forward(x)
        return x

    def backward(self, Y_onehot):
        g = self.modules[-1].backward(Y_onehot)
        for m in reversed(self.modules[:-1]):
            g = m.backward(g)

    def step(self, lr):
        for m in self.modules:
            if isinstance(m, Dense):
                m.W -= lr * m.dW
                m.b -= lr * m.db


def cross_entropy(p, Y_onehot):
    return -np.sum(Y_onehot * np.log(p + 1e-12)) / len(p)


def train(net, X, Y_onehot, lr=0.1, batch=32, epochs=1):
    for _ in range(epochs):
        for i in range(0, len(X), batch):
            p = net.forward(X[i:i + batch])
            loss = cross_entropy(p, Y_onehot[i:i + batch])
            net.backward(Y_onehot[i:i + batch])
            net.step(lr)
    return loss


def build(sizes):
    modules = []
    for i in range(len(sizes) - 1):
        modules.append(Dense(sizes[i], sizes[i + 1]))
        modules.append(Relu() if i < len(sizes) - 2 else Softmax())
    return Net(modules)
