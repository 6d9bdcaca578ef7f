"""A list of (W, b) pairs, leaky ReLU hidden units (slope 0.01), softmax + cross-entropy:
forward(X, params) -> (zs, activations), backward(params, zs, activations, y) -> grads: correct."""
import numpy as np

ALPHA = 0.01


def leaky_relu(z):
    return np.where(z > 0, z, ALPHA * z)


def leaky_relu_grad(z):
    return np.where(z > 0, 1.0, ALPHA)


def forward(X, params):
    zs, activations = [], [X]
    for i, (W, b) in enumerate(params):
        z = activations[-1] @ W + b
        zs.append(z)
        if i == len(params) - 1:
            e = np.exp(z - z.max(axis=1, keepdims=True))
            activations.append(e / e.sum(axis=1, keepdims=True))
        else:
            activations.append(leaky_relu(z))
    return zs, activations


def backward(params, zs, activations, y):
    m = len(y)
    delta = activations[-1].copy()
    delta[np.arange(m), y] -= 1
    delta /= m
    grads = [None] * len(params)
    for i in reversed(range(len(params))):
        grads[i] = (activations[i].T @ delta, delta.sum(axis=0, keepdims=True))
        if i > 0:
            delta = (delta @ params[i][0].T) * leaky_relu_grad(zs[i - 1])
    return grads
