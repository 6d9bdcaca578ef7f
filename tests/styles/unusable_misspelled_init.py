"""Exit 2: a class whose constructor is spelled _init_, an ordinary method Python never calls, so Net(784, 32, 10)
fails and an instance holds no weights; the message names the spelling."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class Net:
    def _init_(self, n_in, n_hidden, n_out, rate=0.1):
        self.rate = rate
        self.w_hidden = np.random.randn(n_hidden, n_in) * 0.1
        self.w_out = np.random.randn(n_out, n_hidden) * 0.1

    def forward(self, x):
        self.x = x
        self.h = sigmoid(self.w_hidden @ x)
        self.o = sigmoid(self.w_out @ self.h)
        return self.o

    def backward(self, y):
        d_out = (self.o - y) * self.o * (1 - self.o)
        d_hid = (self.w_out.T @ d_out) * self.h * (1 - self.h)
        self.w_out -= self.rate * d_out @ self.h.T
        self.w_hidden -= self.rate * d_hid @ self.x.T
