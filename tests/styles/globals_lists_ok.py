"""Module-level lists weights, biases (built by a skipped statement) updated in place by backward_pass: correct."""
import numpy as np
sizes = [784, 256, 128, 10]
weights = [np.random.randn(a, b) * 0.01 for a, b in zip(sizes[:-1], sizes[1:])]
biases = [np.zeros((1, b)) for b in sizes[1:]]
def forward_pass(X):
    zs, acts = [], [X]
    for i in range(len(weights)):
        z = acts[-1] @ weights[i] + biases[i]
        zs.append(z)
        acts.append(np.maximum(z, 0) if i < len(weights) - 1 else np.exp(z - z.max(1, keepdims=True)) / np.exp(z - z.max(1, keepdims=True)).sum(1, keepdims=True))
    return zs, acts
def backward_pass(zs, acts, y, lr):
    n = len(y)
    d = acts[-1].copy(); d[np.arange(n), y] -= 1; d /= n
    for i in reversed(range(len(weights))):
        gW, gb = acts[i].T @ d, d.sum(0, keepdims=True)
        if i: d = d @ weights[i].T * (zs[i - 1] > 0)
        weights[i] -= lr * gW
        biases[i] -= lr * gb
