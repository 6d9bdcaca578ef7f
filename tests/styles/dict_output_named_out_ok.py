"""An L-layer network of functions over a params dict whose forward returns its output under a name that says
output, not a layer number (`return A_out, caches`, each cache `(A_prev, Z)`), for regression: ReLU hidden layers,
a linear output, half the mean squared error it computes; built for three layers by its own call."""
import numpy as np


def init_params(layer_dims, seed=3):
    rng = np.random.default_rng(seed)
    params = {}
    for l in range(1, len(layer_dims)):
        params["W" + str(l)] = rng.normal(0.0, np.sqrt(2.0 / layer_dims[l - 1]), (layer_dims[l], layer_dims[l - 1]))
        params["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return params


def forward_pass(X, params):
    L = len(params) // 2
    caches, A = [], X
    for l in range(1, L):
        Z = params["W" + str(l)] @ A + params["b" + str(l)]
        caches.append((A, Z))
        A = np.maximum(Z, 0)
    Z_out = params["W" + str(L)] @ A + params["b" + str(L)]
    caches.append((A, Z_out))
    A_out = Z_out
    return A_out, caches


def cost(A_out, Y):
    return np.sum((A_out - Y) ** 2) / (2 * Y.shape[1])


def backward_pass(A_out, Y, caches, params):
    grads = {}
    L = len(caches)
    dZ = (A_out - Y) / Y.shape[1]
    for l in range(L, 0, -1):
        A_prev, _ = caches[l - 1]
        grads["dW" + str(l)] = dZ @ A_prev.T
        grads["db" + str(l)] = dZ.sum(axis=1, keepdims=True)
        if l > 1:
            dZ = (params["W" + str(l)].T @ dZ) * (caches[l - 2][1] > 0)
    return grads


if __name__ == "__main__":
    X = np.random.rand(3, 40)
    Y = X.sum(axis=0, keepdims=True)
    params = init_params([3, 8, 6, 1])
    for i in range(500):
        A_out, caches = forward_pass(X, params)
        grads = backward_pass(A_out, Y, caches, params)
        for key in params:
            params[key] -= 0.05 * grads["d" + key]
        if i % 100 == 0:
            print(i, cost(A_out, Y))
