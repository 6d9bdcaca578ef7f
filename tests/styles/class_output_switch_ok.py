"""One required `mode` string that picks the output layer only (`"identity"`, `"softmax"` or `"sigmoid"`,
compared in the forward and the loss; the hidden units are always ReLU): the softmax it offers is passed, the
notebook's output. Parameters as attributes W1, b1, W2, b2 (in, out), the batch fed through a dict before each
call, gradients stored on the instance: correct for softmax + cross-entropy."""
import numpy as np


class TwoLayer:
    def __init__(self, n_in, n_hidden, n_out, activation):
        rng = np.random.default_rng(1)
        self.W1 = rng.normal(0.0, 0.1, (n_in, n_hidden))
        self.b1 = np.zeros((1, n_hidden))
        self.W2 = rng.normal(0.0, 0.1, (n_hidden, n_out))
        self.b2 = np.zeros((1, n_out))
        self.activation = activation
        self.feed = {"x": None, "t": None}

    def set_batch(self, x, t):
        self.feed["x"], self.feed["t"] = x, t

    def forward(self):
        x = self.feed["x"]
        self.h_in = x @ self.W1 + self.b1
        self.h = np.where(self.h_in > 0, self.h_in, 0.0)
        self.o_in = self.h @ self.W2 + self.b2
        if self.activation == "softmax":
            shifted = np.exp(self.o_in - self.o_in.max(axis=1, keepdims=True))
            self.out = shifted / shifted.sum(axis=1, keepdims=True)
        elif self.activation == "sigmoid":
            self.out = 1.0 / (1.0 + np.exp(-self.o_in))
        else:
            self.out = self.o_in
        return self.out

    def backward(self):
        t = self.feed["t"]
        n = t.shape[0]
        g_o = (self.out - t) / n
        self.dW2 = self.h.T @ g_o
        self.db2 = g_o.sum(axis=0, keepdims=True)
        g_h = (g_o @ self.W2.T) * (self.h_in > 0)
        self.dW1 = self.feed["x"].T @ g_h
        self.db1 = g_h.sum(axis=0, keepdims=True)

    def loss(self):
        t = self.feed["t"]
        if self.activation == "softmax":
            return -np.sum(t * np.log(self.out + 1e-9), axis=1).mean()
        if self.activation == "sigmoid":
            return -np.mean(t * np.log(self.out + 1e-9) + (1 - t) * np.log(1 - self.out + 1e-9))
        return 0.5 * np.mean(np.sum((self.out - t) ** 2, axis=1))
