"""A class built from a settings dataclass it keeps as self.cfg and reads as attributes (cfg.n_hidden, cfg.lr):
MLP(cfg: MLPConfig), forward(X) -> probabilities with the caches on self, backward(Y) with one-hot rows -> a dict
of gradients keyed like the parameters, step(grads) applying them; ReLU units, softmax + cross-entropy: correct."""
from dataclasses import dataclass

import numpy as np


@dataclass
class MLPConfig:
    n_inputs: int = 4
    n_hidden: int = 8
    n_outputs: int = 3
    lr: float = 0.1
    seed: int = 0


class MLP:
    def __init__(self, cfg: MLPConfig):
        self.cfg = cfg
        rng = np.random.default_rng(cfg.seed)
        self.W1 = rng.normal(0.0, np.sqrt(2.0 / cfg.n_inputs), (cfg.n_inputs, cfg.n_hidden))
        self.b1 = np.zeros(cfg.n_hidden)
        self.W2 = rng.normal(0.0, np.sqrt(1.0 / self.cfg.n_hidden), (self.cfg.n_hidden, self.cfg.n_outputs))
        self.b2 = np.zeros(self.cfg.n_outputs)

    def forward(self, X):
        self.X = X
        self.Z1 = X @ self.W1 + self.b1
        self.A1 = np.maximum(self.Z1, 0.0)
        Z2 = self.A1 @ self.W2 + self.b2
        E = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
        self.P = E / E.sum(axis=1, keepdims=True)
        return self.P

    def loss(self, Y):
        return -np.mean(np.sum(Y * np.log(self.P + 1e-12), axis=1))

    def backward(self, Y):
        n = Y.shape[0]
        dZ2 = (self.P - Y) / n
        grads = {"W2": self.A1.T @ dZ2, "b2": dZ2.sum(axis=0)}
        dZ1 = (dZ2 @ self.W2.T) * (self.Z1 > 0)
        grads["W1"] = self.X.T @ dZ1
        grads["b1"] = dZ1.sum(axis=0)
        return grads

    def step(self, grads):
        for name, g in grads.items():
            setattr(self, name, getattr(self, name) - self.cfg.lr * g)


if __name__ == "__main__":
    rng = np.random.default_rng(1)
    X = rng.normal(size=(120, 4))
    Y = np.eye(3)[(X[:, 0] > 0).astype(int) + (X[:, 1] > 1).astype(int)]
    net = MLP(MLPConfig())
    for epoch in range(50):
        net.forward(X)
        print(epoch, round(net.loss(Y), 4))
        net.step(net.backward(Y))
