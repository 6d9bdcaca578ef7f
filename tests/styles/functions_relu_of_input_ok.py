"""Functions whose network applies its ReLU to the input too: `forward(X, params)` keeps `cache["A0"] = relu(X)`
(harmless on pixels, never negative) and `backward(cache, params, Y)` forms the first layer's weight gradient
from that same relu(X), so the two agree on any input; row-major, a cache dict of Z and A by layer, one-hot
labels, softmax, mean cross-entropy: correct for the network it computes."""
import numpy as np


def relu(t):
    return np.maximum(t, 0.0)


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def forward(X, params):
    L = len(params) // 2
    cache = {"A0": relu(X)}
    for i in range(1, L + 1):
        cache[f"Z{i}"] = cache[f"A{i - 1}"] @ params[f"W{i}"] + params[f"b{i}"]
        cache[f"A{i}"] = softmax(cache[f"Z{i}"]) if i == L else relu(cache[f"Z{i}"])
    return cache[f"A{L}"], cache


def backward(cache, params, Y):
    L = len(params) // 2
    grads = {}
    delta = (cache[f"A{L}"] - Y) / Y.shape[0]
    for i in range(L, 0, -1):
        grads[f"W{i}"] = cache[f"A{i - 1}"].T @ delta
        grads[f"b{i}"] = delta.sum(axis=0, keepdims=True)
        if i > 1:
            delta = (delta @ params[f"W{i}"].T) * (cache[f"Z{i - 1}"] > 0)
    return grads
