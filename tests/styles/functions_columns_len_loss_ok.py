"""Column-major functions (samples as columns) whose loss divides by `len(Y)`: with `Y` of shape (outputs,
batch), that is the number of outputs, so `log_loss` is the binary cross-entropy summed over the batch and
averaged over the outputs, and the backward divides its output delta by `len(Y)` to match. ReLU hidden units,
sigmoid outputs, dict parameters `W1 .. b2`, the cache a dict of activations."""
import numpy as np


def forward_propagation(X, params):
    Z1 = params["W1"] @ X + params["b1"]
    A1 = np.maximum(Z1, 0.0)
    Z2 = params["W2"] @ A1 + params["b2"]
    A2 = 1.0 / (1.0 + np.exp(-Z2))
    return {"A0": X, "Z1": Z1, "A1": A1, "A2": A2}


def log_loss(A, Y):
    eps = 1e-15
    return 1 / len(Y) * np.sum(-Y * np.log(A + eps) - (1 - Y) * np.log(1 - A + eps))


def back_propagation(Y, activations, params):
    dZ2 = (activations["A2"] - Y) / len(Y)
    dZ1 = (params["W2"].T @ dZ2) * (activations["Z1"] > 0)
    return {"dW2": dZ2 @ activations["A1"].T, "db2": dZ2.sum(axis=1, keepdims=True),
            "dW1": dZ1 @ activations["A0"].T, "db1": dZ1.sum(axis=1, keepdims=True)}


def train(X, Y, params, rate=0.01, steps=20):
    history = []
    for step in range(steps):
        cache = forward_propagation(X, params)
        history.append(log_loss(cache["A2"], Y))
        grads = back_propagation(Y, cache, params)
        for k in ("W1", "b1", "W2", "b2"):
            params[k] -= rate * grads["d" + k]
    return history


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    X = gen.random((784, 64))
    Y = np.eye(10)[:, gen.integers(0, 10, 64)]
    params = {"W1": gen.normal(0, 0.05, (32, 784)), "b1": np.zeros((32, 1)),
              "W2": gen.normal(0, 0.05, (10, 32)), "b2": np.zeros((10, 1))}
    print(train(X, Y, params))
