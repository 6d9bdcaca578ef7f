"""A forward that runs at any depth over a parameters dict, and a backward written out for one hidden layer that
returns the four gradients in a dict literal."""
import numpy as np


def setup(n_in, n_hidden, n_out):
    rng = np.random.default_rng(3)
    return {"W1": rng.normal(0, 0.05, (n_in, n_hidden)), "b1": np.zeros((1, n_hidden)),
            "W2": rng.normal(0, 0.05, (n_hidden, n_out)), "b2": np.zeros((1, n_out))}


def forward(X, parameters):
    cache = {"A0": X}
    A = X
    depth = len(parameters) // 2
    for k in range(1, depth + 1):
        Z = A @ parameters[f"W{k}"] + parameters[f"b{k}"]
        if k < depth:
            A = np.maximum(Z, 0)
        else:
            E = np.exp(Z - Z.max(axis=1, keepdims=True))
            A = E / E.sum(axis=1, keepdims=True)
        cache[f"Z{k}"], cache[f"A{k}"] = Z, A
    return A, cache


def backward(Y, cache, params):
    m = Y.shape[0]
    dZ2 = (cache["A2"] - Y) / m
    dW2 = cache["A1"].T @ dZ2
    db2 = dZ2.sum(axis=0)
    dZ1 = (dZ2 @ params["W2"].T) * (cache["Z1"] > 0)
    dW1 = cache["A0"].T @ dZ1
    db1 = dZ1.sum(axis=0)
    return {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}


if __name__ == "__main__":
    X = np.random.default_rng(0).random((32, 6))
    Y = np.eye(3)[np.arange(32) % 3]
    params = setup(6, 10, 3)
    for _ in range(50):
        out, cache = forward(X, params)
        grads = backward(Y, cache, params)
        for key in params:
            params[key] -= 0.1 * grads[key]
