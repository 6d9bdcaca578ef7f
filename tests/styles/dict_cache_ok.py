"""Dict parameters and a cache, row-major, integer labels; backward returns {'dW1': ...}: correct."""
import numpy as np

LAYERS = 3


def init(sizes=(784, 256, 128, 10)):
    params = {}
    for l in range(1, len(sizes)):
        params["W" + str(l)] = np.random.randn(sizes[l - 1], sizes[l]) * np.sqrt(2 / sizes[l - 1])
        params["b" + str(l)] = np.zeros((1, sizes[l]))
    return params


def softmax(z):
    z = z - np.max(z, axis=1, keepdims=True)
    ez = np.exp(z)
    return ez / np.sum(ez, axis=1, keepdims=True)


def forward(X, params):
    cache = {"A0": X}
    A = X
    for l in range(1, LAYERS + 1):
        Z = A @ params["W" + str(l)] + params["b" + str(l)]
        A = softmax(Z) if l == LAYERS else np.maximum(0, Z)
        cache["Z" + str(l)] = Z
        cache["A" + str(l)] = A
    return A, cache


def backward(params, cache, X, y):
    m = X.shape[0]
    grads = {}
    dZ = cache["A" + str(LAYERS)].copy()
    dZ[np.arange(m), y] -= 1
    dZ = dZ / m
    for l in range(LAYERS, 0, -1):
        grads["dW" + str(l)] = cache["A" + str(l - 1)].T @ dZ
        grads["db" + str(l)] = np.sum(dZ, axis=0, keepdims=True)
        if l > 1:
            dZ = (dZ @ params["W" + str(l)].T) * (cache["Z" + str(l - 1)] > 0)
    return grads
