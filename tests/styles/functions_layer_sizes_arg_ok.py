"""Column-major functions that walk the layers by a sizes list they are given, `forward_propagation(X, params,
layer_sizes)` and `backward_propagation(Y, params, cache, layer_sizes)` (the list made from the data at run time,
no literal to copy); a params dict W1.., a cache dict, ReLU hidden units, a softmax over each column, the mean
cross-entropy."""
import numpy as np


def init_params(layer_sizes):
    gen = np.random.default_rng(2)
    return {k: v for i in range(1, len(layer_sizes)) for k, v in (
        ("W" + str(i), gen.normal(0, np.sqrt(2 / layer_sizes[i - 1]), (layer_sizes[i], layer_sizes[i - 1]))),
        ("b" + str(i), np.zeros((layer_sizes[i], 1))))}


def forward_propagation(X, params, layer_sizes):
    L = len(layer_sizes) - 1
    cache = {"A0": X}
    for i in range(1, L + 1):
        Z = params["W" + str(i)] @ cache["A" + str(i - 1)] + params["b" + str(i)]
        if i < L:
            cache["A" + str(i)] = np.maximum(Z, 0)
        else:
            E = np.exp(Z - Z.max(axis=0, keepdims=True))
            cache["A" + str(i)] = E / E.sum(axis=0, keepdims=True)
        cache["Z" + str(i)] = Z
    return cache["A" + str(L)], cache


def cross_entropy(Y, P):
    return -np.sum(Y * np.log(P + 1e-12)) / Y.shape[1]


def backward_propagation(Y, params, cache, layer_sizes):
    L = len(layer_sizes) - 1
    m = Y.shape[1]
    grads = {}
    dZ = (cache["A" + str(L)] - Y) / m
    for i in range(L, 0, -1):
        grads["dW" + str(i)] = dZ @ cache["A" + str(i - 1)].T
        grads["db" + str(i)] = dZ.sum(axis=1, keepdims=True)
        if i > 1:
            dZ = (params["W" + str(i)].T @ dZ) * (cache["Z" + str(i - 1)] > 0)
    return grads


if __name__ == "__main__":
    gen = np.random.default_rng(5)
    X = gen.normal(size=(4, 50))
    Y = np.eye(3)[:, gen.integers(0, 3, 50)]
    sizes = [X.shape[0], 8, 3]
    params = init_params(sizes)
    for _ in range(100):
        P, cache = forward_propagation(X, params, sizes)
        grads = backward_propagation(Y, params, cache, sizes)
        for k in params:
            params[k] -= 0.5 * grads["d" + k]
    print(cross_entropy(Y, forward_propagation(X, params, sizes)[0]))
