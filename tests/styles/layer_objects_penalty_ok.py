"""The layer kit of layer_objects_built_decay_ok (`Linear(in_dim, out_dim, weight_decay=0.0)` adding
weight_decay * W to its weight gradient), with a penalty function that accumulates 0.5 * layer.weight_decay *
sum(W ** 2) over the model's layers: the loss the file defines has an L2 term in the layers' strength, so xval
checks it at a strength of its own (L2_CHECKED) and builds every Linear with it: correct."""
import numpy as np


class Layer:
    def forward(self, x, training=True):
        raise NotImplementedError("forward is not implemented")

    def backward(self):
        raise NotImplementedError("backward is not implemented")


class Linear(Layer):
    def __init__(self, in_dim, out_dim, weight_decay=0.0):
        self.W = np.random.randn(out_dim, in_dim) * np.sqrt(2.0 / in_dim)
        self.b = np.zeros(out_dim)
        self.weight_decay = weight_decay

    def forward(self, x, training=True):
        self.x = x
        return x @ self.W.T + self.b

    def backward(self, dout):
        self.dW = dout.T @ self.x + self.weight_decay * self.W
        self.db = dout.sum(axis=0)
        return dout @ self.W


class ReLU(Layer):
    def forward(self, x, training=True):
        self.mask = x > 0
        return x * self.mask

    def backward(self, dout):
        return dout * self.mask


class Softmax(Layer):
    def forward(self, x, training=True):
        e = np.exp(x - x.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)


class SoftmaxCrossEntropy:
    def forward(self, scores, labels):
        shifted = scores - scores.max(axis=1, keepdims=True)
        self.p = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
        self.labels = labels
        return -np.mean(np.log(self.p[np.arange(len(labels)), labels]))

    def backward(self):
        d = self.p.copy()
        d[np.arange(len(self.labels)), self.labels] -= 1
        return d / len(self.labels)


class Sequential:
    def __init__(self, layers):
        self.layers = layers

    def forward(self, x, training=True):
        for layer in self.layers:
            x = layer.forward(x, training)
        return x

    def backward(self, dout):
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
        return dout


def l2_penalty(model):
    total = 0.0
    for layer in model.layers:
        if isinstance(layer, Linear):
            total += 0.5 * layer.weight_decay * np.sum(layer.W ** 2)
    return total
