"""Unpacked arguments with a keep_prob and no default: forward_prop(X, W1, b1, W2, b2, keep_prob) masks its hidden
units (inverted dropout), back_prop(X, Y, Z1, A1, A2, W2, mask, keep_prob) applies the mask; column-major, ReLU,
softmax, cross-entropy on one-hot labels: correct (checked with keep_prob = 1, dropout off)."""
import numpy as np


def forward_prop(X, W1, b1, W2, b2, keep_prob):
    Z1 = W1 @ X + b1
    A1 = np.maximum(Z1, 0)
    mask = np.random.rand(*A1.shape) < keep_prob
    A1 = A1 * mask / keep_prob
    Z2 = W2 @ A1 + b2
    A2 = np.exp(Z2 - Z2.max(axis=0)) / np.exp(Z2 - Z2.max(axis=0)).sum(axis=0)
    return Z1, A1, Z2, A2, mask


def back_prop(X, Y, Z1, A1, A2, W2, mask, keep_prob):
    m = X.shape[1]
    dZ2 = A2 - Y
    dA1 = W2.T @ dZ2 * mask / keep_prob
    dZ1 = dA1 * (Z1 > 0)
    return dZ1 @ X.T / m, dZ1.sum(axis=1, keepdims=True) / m, dZ2 @ A1.T / m, dZ2.sum(axis=1, keepdims=True) / m
