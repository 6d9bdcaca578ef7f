"""A layer kit in the manner of a textbook's `layers.py`: `Dense(W, b)` is built from the weight and bias arrays
themselves (the network class that would make them lives elsewhere), a `ReLU` keeping its mask and a
`SoftmaxLoss` whose `forward(x, t)` gives the mean cross-entropy of integer labels and whose `backward(dout=1)`
gives its gradient. Row-major; each Dense keeps `dW` and `db` after its backward."""
import numpy as np


class Dense:
    def __init__(self, W, b):
        self.W = W
        self.b = b
        self.x = None
        self.dW = None
        self.db = None

    def forward(self, x):
        self.x = x
        return x @ self.W + self.b

    def backward(self, dout):
        self.dW = self.x.T @ dout
        self.db = dout.sum(axis=0)
        return dout @ self.W.T


class ReLU:
    def __init__(self):
        self.mask = None

    def forward(self, x):
        self.mask = x <= 0
        out = x.copy()
        out[self.mask] = 0.0
        return out

    def backward(self, dout):
        dout = dout.copy()
        dout[self.mask] = 0.0
        return dout


class SoftmaxLoss:
    def __init__(self):
        self.p = None
        self.t = None

    def forward(self, x, t):
        e = np.exp(x - x.max(axis=1, keepdims=True))
        self.p = e / e.sum(axis=1, keepdims=True)
        self.t = t
        return -np.mean(np.log(self.p[np.arange(len(t)), t] + 1e-12))

    def backward(self, dout=1):
        g = self.p.copy()
        g[np.arange(len(self.t)), self.t] -= 1.0
        return dout * g / len(self.t)
