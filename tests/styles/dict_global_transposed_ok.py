"""Functions over a parameters dict; the backward reads the module's `params` (the dict the loop gives the
forward) and returns each weight gradient transposed (out, in), which the update transposes back."""
import numpy as np


def init(sizes, seed=1):
    rng = np.random.default_rng(seed)
    p = {}
    for k in range(1, len(sizes)):
        p["W" + str(k)] = rng.normal(0.0, np.sqrt(2.0 / sizes[k - 1]), (sizes[k - 1], sizes[k]))
        p["b" + str(k)] = np.zeros((1, sizes[k]))
    return p


def relu(z):
    return np.maximum(z, 0)


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def forward_propagation(X, params):
    cache = {"A0": X}
    L = len(params) // 2
    A = X
    for k in range(1, L + 1):
        Z = A @ params["W" + str(k)] + params["b" + str(k)]
        A = softmax(Z) if k == L else relu(Z)
        cache["Z" + str(k)] = Z
        cache["A" + str(k)] = A
    return A, cache


def backward_propagation(X, Y, cache):
    grads = {}
    L = len(params) // 2
    n = X.shape[0]
    dZ = (cache["A" + str(L)] - Y) / n
    for k in range(L, 0, -1):
        grads["dW" + str(k)] = dZ.T @ cache["A" + str(k - 1)]
        grads["db" + str(k)] = dZ.sum(axis=0, keepdims=True)
        if k > 1:
            dZ = (dZ @ params["W" + str(k)].T) * (cache["Z" + str(k - 1)] > 0)
    return grads


def update(params, grads, lr):
    for k in range(1, len(params) // 2 + 1):
        params["W" + str(k)] -= lr * grads["dW" + str(k)].T
        params["b" + str(k)] -= lr * grads["db" + str(k)]
    return params


X = np.random.default_rng(0).random((64, 5))
labels = (X.sum(axis=1) > 2.5).astype(int)
Y = np.eye(2)[labels]
params = init([5, 8, 2])
for epoch in range(100):
    out, cache = forward_propagation(X, params)
    grads = backward_propagation(X, Y, cache)
    params = update(params, grads, 0.5)
