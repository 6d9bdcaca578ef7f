"""Biases folded into theta1, theta2 as column 0 ((out, in + 1)); samples in columns, the caller prepends the
ones row to X (785 rows for 784 pixels); ReLU hidden units, softmax output; back_prop updates the thetas in
place: correct."""
import numpy as np


def relu(z):
    return np.maximum(z, 0.0)


def softmax(z):
    e = np.exp(z - z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)


def with_bias_row(a):
    return np.vstack([np.ones((1, a.shape[1])), a])


def forward_prop(X, theta1, theta2):
    z1 = theta1 @ X
    a1 = with_bias_row(relu(z1))
    z2 = theta2 @ a1
    a2 = softmax(z2)
    return z1, a1, z2, a2


def back_prop(X, Y, theta1, theta2, alpha):
    m = X.shape[1]
    z1, a1, z2, a2 = forward_prop(X, theta1, theta2)
    delta2 = (a2 - Y) / m
    delta1 = (theta2[:, 1:].T @ delta2) * (z1 > 0)
    theta2 -= alpha * (delta2 @ a1.T)
    theta1 -= alpha * (delta1 @ X.T)


def train(images, labels, theta1, theta2, alpha=0.1, epochs=20):
    X = with_bias_row(images.T)
    Y = np.zeros((theta2.shape[0], labels.size))
    Y[labels, np.arange(labels.size)] = 1.0
    for _ in range(epochs):
        back_prop(X, Y, theta1, theta2, alpha)
    return theta1, theta2
