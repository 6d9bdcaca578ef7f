"""A model class that holds its layer objects one per attribute (self.fc1 = Dense(...), self.act1, self.fc2,
self.head), chains them in forward(X) and backward(y), and steps each Dense layer's W and b in place with the
dW and db it stored. Tanh hidden units; the head is softmax + cross-entropy averaged over the batch, its backward
the combined (p - one-hot) / n: correct."""
import numpy as np


class Dense:
    def __init__(self, n_in, n_out):
        self.W = np.random.randn(n_in, n_out) * np.sqrt(1.0 / n_in)
        self.b = np.zeros((1, n_out))

    def forward(self, x):
        self.x = x
        return x @ self.W + self.b

    def backward(self, grad):
        self.dW = self.x.T @ grad
        self.db = grad.sum(axis=0, keepdims=True)
        return grad @ self.W.T


class Tanh:
    def forward(self, z):
        self.z = z
        self.a = np.tanh(z)
        return self.a

    def backward(self, grad):
        return grad * (1 - self.a ** 2)


class SoftmaxCE:
    def forward(self, z):
        e = np.exp(z - z.max(axis=1, keepdims=True))
        self.p = e / e.sum(axis=1, keepdims=True)
        return self.p

    def backward(self, y):
        g = self.p.copy()
        g[np.arange(len(y)), y] -= 1
        return g / len(y)


class Classifier:
    def __init__(self, n_in, n_hidden, n_out, lr=0.1):
        self.fc1 = Dense(n_in, n_hidden)
        self.act1 = Tanh()
        self.fc2 = Dense(n_hidden, n_out)
        self.head = SoftmaxCE()
        self.lr = lr

    def forward(self, X):
        return self.head.forward(self.fc2.forward(self.act1.forward(self.fc1.forward(X))))

    def backward(self, y):
        g = self.head.backward(y)
        g = self.fc2.backward(g)
        g = self.act1.backward(g)
        self.fc1.backward(g)
        for layer in (self.fc1, self.fc2):
            layer.W -= self.lr * layer.dW
            layer.b -= self.lr * layer.db
