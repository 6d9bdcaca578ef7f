"""A dict of parameters of any depth, column-major, whose backward divides by mb, a global that only the training
loop at the bottom of the file sets (mb = xb.shape[1], each mini-batch's size); xval does not run that loop (it
loads the data set and trains) and binds mb to each call's batch size, as the loop does. ReLU, softmax, mean
cross-entropy over one-hot columns."""
import numpy as np


def forward(X, params):
    L = len(params) // 2
    cache = {"A0": X}
    for l in range(1, L + 1):
        Z = params[f"W{l}"] @ cache[f"A{l - 1}"] + params[f"b{l}"]
        if l < L:
            A = np.maximum(Z, 0.0)
        else:
            E = np.exp(Z - Z.max(axis=0, keepdims=True))
            A = E / E.sum(axis=0, keepdims=True)
        cache[f"Z{l}"], cache[f"A{l}"] = Z, A
    return A, cache


def backward(X, Y, params, cache):
    L = len(params) // 2
    grads, dZ = {}, cache[f"A{L}"] - Y
    for l in range(L, 0, -1):
        grads[f"dW{l}"] = dZ @ cache[f"A{l - 1}"].T / mb
        grads[f"db{l}"] = dZ.sum(axis=1, keepdims=True) / mb
        if l > 1:
            dZ = (params[f"W{l}"].T @ dZ) * (cache[f"Z{l - 1}"] > 0)
    return grads


data = np.load("train.npz")
X_all, Y_all = data["x"].T, data["y"].T
rng = np.random.default_rng(0)
params = {"W1": rng.normal(0, 0.05, (64, 784)), "b1": np.zeros((64, 1)),
          "W2": rng.normal(0, 0.05, (10, 64)), "b2": np.zeros((10, 1))}
for start in range(0, X_all.shape[1], 128):
    xb, yb = X_all[:, start:start + 128], Y_all[:, start:start + 128]
    mb = xb.shape[1]
    probs, cache = forward(xb, params)
    for key, g in backward(xb, yb, params, cache).items():
        params[key[1:]] -= 0.1 * g
