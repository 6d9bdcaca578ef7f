"""Exit 2: backward starts from the output delta dZ2, which the file computes elsewhere (in its training loop), so
xval has nothing to pass for it; it is not blamed for raising, the message names the argument."""
import numpy as np


def forward(X, params):
    Z1 = X @ params["W1"] + params["b1"]
    A1 = np.maximum(Z1, 0)
    Z2 = A1 @ params["W2"] + params["b2"]
    e = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True), {"X": X, "Z1": Z1, "A1": A1}


def backward(dZ2, cache, params):
    dA1 = dZ2 @ params["W2"].T
    dZ1 = dA1 * (cache["Z1"] > 0)
    return {"dW2": cache["A1"].T @ dZ2, "db2": dZ2.sum(axis=0), "dW1": cache["X"].T @ dZ1, "db1": dZ1.sum(axis=0)}
