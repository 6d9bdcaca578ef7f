"""Correct, the documented gradient-returning variant: backward takes no learning rate and returns the gradients."""
import numpy as np


def forward(x, weights, biases):
    zs, activations = [], [x]
    for W, b in zip(weights[:-1], biases[:-1]):
        zs.append(activations[-1] @ W + b)
        activations.append(np.maximum(zs[-1], 0.0))
    logits = activations[-1] @ weights[-1] + biases[-1]
    zs.append(logits)
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    activations.append(np.exp(log_p))
    return zs, activations


def backward(x, y_true, zs, activations, weights, biases):
    grads_w, grads_b = [], []
    delta = activations[-1].copy()
    delta[np.arange(len(y_true)), y_true] -= 1
    delta /= len(y_true)
    for layer in range(len(weights) - 1, -1, -1):
        grads_w.insert(0, np.einsum("bi,bo->io", activations[layer], delta))
        grads_b.insert(0, delta.sum(axis=0, keepdims=True))
        if layer > 0:
            delta = np.einsum("bo,io->bi", delta, weights[layer]) * (zs[layer - 1] > 0)
    return grads_w, grads_b
