"""Biases folded into theta1, theta2 as row 0 ((in + 1, out)), samples in rows; np.insert puts the ones column
on X and on the hidden activations; ReLU hidden units, softmax output, integer labels; train_step returns the
new thetas: correct."""
import numpy as np


def add_ones(X):
    return np.insert(X, 0, 1.0, axis=1)


def feed_forward(X, theta1, theta2):
    h = np.maximum(add_ones(X) @ theta1, 0.0)
    scores = add_ones(h) @ theta2
    scores = scores - scores.max(axis=1, keepdims=True)
    probs = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    return h, probs


def train_step(X, labels, theta1, theta2, learning_rate):
    n = len(labels)
    h, probs = feed_forward(X, theta1, theta2)
    d_out = probs.copy()
    d_out[np.arange(n), labels] -= 1.0
    d_out /= n
    g2 = add_ones(h).T @ d_out
    d_h = (d_out @ theta2[1:].T) * (h > 0)
    g1 = add_ones(X).T @ d_h
    return theta1 - learning_rate * g1, theta2 - learning_rate * g2
