"""Functions with a dict of parameters, ReLU on every layer (the output too), the squared error's delta through the
output's ReLU gate: correct. No loss is named, so it is MSE, the loss a relu output goes with."""
import numpy as np


def init_params(sizes, seed=1):
    rng = np.random.default_rng(seed)
    params = {}
    for i in range(1, len(sizes)):
        params["W" + str(i)] = rng.normal(0.0, np.sqrt(2.0 / sizes[i - 1]), (sizes[i - 1], sizes[i]))
        params["b" + str(i)] = np.zeros(sizes[i])
    return params


def forward(X, params):
    n_layers = len(params) // 2
    cache = {"A0": X}
    for i in range(1, n_layers + 1):
        cache["Z" + str(i)] = cache["A" + str(i - 1)] @ params["W" + str(i)] + params["b" + str(i)]
        cache["A" + str(i)] = np.maximum(cache["Z" + str(i)], 0)
    return cache["A" + str(n_layers)], cache


def backward(params, cache, target):
    n_layers = len(params) // 2
    m = target.shape[0]
    grads = {}
    dA = (cache["A" + str(n_layers)] - target) / m
    for i in range(n_layers, 0, -1):
        dZ = dA * (cache["Z" + str(i)] > 0)
        grads["dW" + str(i)] = cache["A" + str(i - 1)].T @ dZ
        grads["db" + str(i)] = dZ.sum(axis=0)
        dA = dZ @ params["W" + str(i)].T
    return grads
