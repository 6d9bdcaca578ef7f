"""A network handed its weights by the caller (`Net(w_in, b_in, w_out, b_out, rate)`), each layer an object
built around the very arrays it is handed, trained one sample at a time by a loop that picks `x = X[k]` and
`tgt = T[k]` before calling the step; its forward takes the target too and returns the per-output loss beside
the output (`return cost, out`); tanh hidden units, sigmoid outputs, binary cross-entropy: correct."""
import numpy as np


def bce(tgt, out):
    return -(tgt * np.log(out) + (1 - tgt) * np.log(1 - out))


def bce_slope(tgt, out):
    return (out - tgt) / (out * (1 - out))


class Dense:
    def __init__(self, w, b, squash):
        self.w, self.b, self.squash = w, b, squash

    def run(self, a):
        z = a @ self.w + self.b
        return z, self.squash(z)


class Net:
    def __init__(self, w_in, b_in, w_out, b_out, rate):
        self.w_in, self.b_in, self.w_out, self.b_out = w_in, b_in, w_out, b_out
        self.hidden = Dense(self.w_in, self.b_in, np.tanh)
        self.top = Dense(self.w_out, self.b_out, lambda z: 1 / (1 + np.exp(-z)))
        self.rate = rate

    def forward(self, x, tgt):
        self.x = x.reshape(1, -1)
        self.z1, self.h = self.hidden.run(self.x)
        self.z2, self.out = self.top.run(self.h)
        cost = bce(tgt, self.out)
        return cost, self.out

    def backward(self, x, tgt):
        delta_out = bce_slope(tgt, self.out) * self.out * (1 - self.out)
        delta_hid = (delta_out @ self.w_out.T) * (1 - self.h ** 2)
        self.w_out -= self.rate * self.h.T @ delta_out
        self.b_out -= self.rate * delta_out.sum(axis=0, keepdims=True)
        self.w_in -= self.rate * self.x.T @ delta_hid
        self.b_in -= self.rate * delta_hid.sum(axis=0, keepdims=True)


def train(X, T, hidden=8, epochs=20):
    rng = np.random.default_rng(0)
    net = Net(rng.normal(0, 0.3, (X.shape[1], hidden)), np.zeros((1, hidden)),
              rng.normal(0, 0.3, (hidden, T.shape[1])), np.zeros((1, T.shape[1])), 0.1)
    for _ in range(epochs):
        for k in range(len(X)):
            x = X[k]
            tgt = T[k]
            net.forward(x, tgt)
            net.backward(x, tgt)
    return net
