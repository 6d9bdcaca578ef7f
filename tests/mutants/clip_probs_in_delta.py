"""Mutant: the loss's clip leaks into the gradient: delta is built from clipped probabilities. Expected: gradient-mismatch (clip-probs)."""
import numpy as np


def relu(z):
    return np.maximum(z, 0)


def relu_derivative(z):
    return np.where(z > 0, 1.0, 0.0)


def softmax(z):
    shifted = z - z.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    return e / e.sum(axis=1, keepdims=True)


def cross_entropy_loss(y_pred, y_true):
    picked = y_pred[np.arange(y_true.shape[0]), y_true]
    return -np.mean(np.log(np.clip(picked, 1e-12, 1 - 1e-12)))


def forward(x, weights, biases):
    pre, outs = [], [x]
    depth = len(weights)
    for layer, (W, b) in enumerate(zip(weights, biases)):
        z = outs[-1] @ W + b
        pre.append(z)
        outs.append(softmax(z) if layer == depth - 1 else relu(z))
    return pre, outs


def backward(x, y_true, zs, activations, weights, biases, learning_rate):
    n = x.shape[0]
    depth = len(weights)
    gw, gb = [None] * depth, [None] * depth
    delta = np.clip(activations[-1], 1e-12, 1 - 1e-12)  # same clip as the loss
    delta[np.arange(n), y_true] -= 1.0
    delta = delta / n
    for layer in reversed(range(depth)):
        gw[layer] = activations[layer].T @ delta
        gb[layer] = delta.sum(axis=0, keepdims=True)
        if layer > 0:
            delta = (delta @ weights[layer].T) * relu_derivative(zs[layer - 1])
    for layer in range(depth):
        weights[layer] -= learning_rate * gw[layer]
        biases[layer] -= learning_rate * gb[layer]


def evaluate(x, y_true, weights, biases):
    _, outs = forward(x, weights, biases)
    return np.mean(outs[-1].argmax(axis=1) == y_true)
