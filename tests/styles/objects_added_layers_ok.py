"""A Keras-like model built empty and filled by the file's own calls (`net = Stack()`, then
`net.add(Dense(4, 16, act="tanh"))` per layer, in a build function): each Dense keeps its activation by name and
stores its gradients (grad_w, grad_b) in backprop; Stack.backprop(probs, targets) starts from softmax - one-hot
over the batch; tanh hidden units, softmax + cross-entropy: correct."""
import numpy as np


class Dense:
    def __init__(self, fan_in, fan_out, act="tanh", seed=0):
        rng = np.random.default_rng(seed + fan_in)
        self.w = rng.normal(0.0, 1.0 / np.sqrt(fan_in), (fan_in, fan_out))
        self.b = np.zeros(fan_out)
        self.act = act

    def forward(self, x):
        self.x = x
        z = x @ self.w + self.b
        if self.act == "tanh":
            self.y = np.tanh(z)
        else:
            e = np.exp(z - z.max(axis=1, keepdims=True))
            self.y = e / e.sum(axis=1, keepdims=True)
        return self.y

    def backprop(self, g):
        if self.act == "tanh":
            g = g * (1.0 - self.y ** 2)
        self.grad_w = self.x.T @ g
        self.grad_b = g.sum(axis=0)
        return g @ self.w.T


class Stack:
    def __init__(self):
        self.parts = []

    def add(self, layer):
        self.parts.append(layer)

    def forward(self, x):
        for p in self.parts:
            x = p.forward(x)
        return x

    def backprop(self, probs, targets):
        g = (probs - targets) / len(probs)
        for p in reversed(self.parts):
            g = p.backprop(g)

    def sgd(self, rate):
        for p in self.parts:
            p.w -= rate * p.grad_w
            p.b -= rate * p.grad_b


def build():
    net = Stack()
    net.add(Dense(4, 16, act="tanh"))
    net.add(Dense(16, 16, act="tanh"))
    net.add(Dense(16, 3, act="softmax"))
    return net
