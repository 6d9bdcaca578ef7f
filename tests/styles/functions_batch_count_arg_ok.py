"""Column-major functions whose backward takes the batch size under the name `batch`, beside the inputs `x`:
`backprop(x, y, params, cache, batch)` only divides by it, so it is the count, not the data. Tanh hidden layer,
sigmoid outputs with binary cross-entropy (`cost`), a params dict and a cache dict."""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def init(n_x, n_h, n_y, seed=2):
    rng = np.random.default_rng(seed)
    return {"W1": rng.normal(0, 0.1, (n_h, n_x)), "b1": np.zeros((n_h, 1)),
            "W2": rng.normal(0, 0.1, (n_y, n_h)), "b2": np.zeros((n_y, 1))}


def forward(x, params):
    Z1 = params["W1"] @ x + params["b1"]
    A1 = np.tanh(Z1)
    Z2 = params["W2"] @ A1 + params["b2"]
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def cost(A2, y):
    m = y.shape[1]
    return -np.sum(y * np.log(A2) + (1 - y) * np.log(1 - A2)) / m


def backprop(x, y, params, cache, batch):
    dZ2 = cache["A2"] - y
    dW2 = dZ2 @ cache["A1"].T / batch
    db2 = dZ2.sum(axis=1, keepdims=True) / batch
    dZ1 = (params["W2"].T @ dZ2) * (1 - cache["A1"] ** 2)
    dW1 = dZ1 @ x.T / batch
    db1 = dZ1.sum(axis=1, keepdims=True) / batch
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
