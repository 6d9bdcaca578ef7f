"""Correct gradients with an in-place ReLU: zs and activations share memory (post-ReLU zs: a warning, not a failure)."""
import numpy as np


def forward(x, weights, biases):
    zs, activations = [], [x]
    for i in range(len(weights)):
        z = np.dot(activations[-1], weights[i])
        z += biases[i]
        if i < len(weights) - 1:
            np.maximum(z, 0, out=z)  # saves a copy; zs[i] is now the activation too
            zs.append(z)
            activations.append(z)
        else:
            zs.append(z)
            e = np.exp(z - z.max(axis=1, keepdims=True))
            activations.append(e / e.sum(axis=1, keepdims=True))
    return zs, activations


def backward(x, y_true, zs, activations, weights, biases, learning_rate):
    n = len(x)
    delta = activations[-1].copy()
    delta[np.arange(n), y_true] -= 1
    delta /= n
    grads = []
    for i in reversed(range(len(weights))):
        grads.append((i, activations[i].T @ delta, delta.sum(0, keepdims=True)))
        if i:
            delta = (delta @ weights[i].T) * (zs[i - 1] > 0)
    for i, dW, db in grads:
        weights[i] -= learning_rate * dW
        biases[i] -= learning_rate * db
