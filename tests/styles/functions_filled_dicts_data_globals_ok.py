"""Notebook-style functions on module dicts: `forward(params, X_data, cache)` fills the empty module dict it is
handed (`cache = {}`, `zs = {}` at top level) and returns both; `backward(params, zs, cache)` takes no data and
reads the module's `X_data` and `Y_data`, the batch the training loop set. Column-major, a params dict W1..b2,
tanh hidden units, a softmax over each column, the mean cross-entropy."""
import numpy as np

params = {}
zs = {}
cache = {}


def init(dims):
    gen = np.random.default_rng(9)
    for k in range(1, len(dims)):
        params["W" + str(k)] = gen.normal(0, 1 / np.sqrt(dims[k - 1]), (dims[k], dims[k - 1]))
        params["b" + str(k)] = np.zeros((dims[k], 1))
    return params


def forward(params, X_data, cache):
    zs["Z1"] = params["W1"] @ X_data + params["b1"]
    cache["A1"] = np.tanh(zs["Z1"])
    zs["Z2"] = params["W2"] @ cache["A1"] + params["b2"]
    e = np.exp(zs["Z2"] - zs["Z2"].max(axis=0, keepdims=True))
    cache["A2"] = e / e.sum(axis=0, keepdims=True)
    return zs, cache


def cost(cache):
    return -np.sum(Y_data * np.log(cache["A2"] + 1e-12)) / Y_data.shape[1]


def backward(params, zs, cache):
    count = X_data.shape[1]
    grads = {}
    dZ2 = (cache["A2"] - Y_data) / count
    grads["dW2"] = dZ2 @ cache["A1"].T
    grads["db2"] = dZ2.sum(axis=1, keepdims=True)
    dZ1 = (params["W2"].T @ dZ2) * (1 - cache["A1"] ** 2)
    grads["dW1"] = dZ1 @ X_data.T
    grads["db1"] = dZ1.sum(axis=1, keepdims=True)
    return grads


if __name__ == "__main__":
    gen = np.random.default_rng(1)
    X_data = gen.normal(size=(4, 40))
    Y_data = np.eye(3)[:, gen.integers(0, 3, 40)]
    init([4, 6, 3])
    for _ in range(100):
        forward(params, X_data, cache)
        grads = backward(params, zs, cache)
        for k in (1, 2):
            params["W" + str(k)] -= 0.5 * grads["dW" + str(k)]
            params["b" + str(k)] -= 0.5 * grads["db" + str(k)]
    print(cost(cache))
