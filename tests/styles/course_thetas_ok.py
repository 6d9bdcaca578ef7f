"""Biases folded into Theta1, Theta2 as column 0 ((out, in + 1)); the functions add the ones column; sigmoid
hidden and output units, cross-entropy summed over the classes; layers numbered as in the course (a1 is the
input): correct."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_gradient(z):
    g = sigmoid(z)
    return g * (1.0 - g)


def forward_prop(X, Theta1, Theta2):
    m = X.shape[0]
    a1 = np.hstack([np.ones((m, 1)), X])
    z2 = a1 @ Theta1.T
    a2 = np.hstack([np.ones((m, 1)), sigmoid(z2)])
    z3 = a2 @ Theta2.T
    a3 = sigmoid(z3)
    return a1, z2, a2, z3, a3


def back_prop(X, y, Theta1, Theta2, lambda_):
    m = X.shape[0]
    num_labels = Theta2.shape[0]
    a1, z2, a2, z3, a3 = forward_prop(X, Theta1, Theta2)
    Y = np.eye(num_labels)[y]
    delta3 = a3 - Y
    delta2 = (delta3 @ Theta2)[:, 1:] * sigmoid_gradient(z2)
    Theta1_grad = delta2.T @ a1 / m
    Theta2_grad = delta3.T @ a2 / m
    Theta1_grad[:, 1:] += lambda_ / m * Theta1[:, 1:]
    Theta2_grad[:, 1:] += lambda_ / m * Theta2[:, 1:]
    return Theta1_grad, Theta2_grad


def cost(X, y, Theta1, Theta2, lambda_):
    m = X.shape[0]
    h = forward_prop(X, Theta1, Theta2)[-1]
    Y = np.eye(Theta2.shape[0])[y]
    J = -np.sum(Y * np.log(h) + (1 - Y) * np.log(1 - h)) / m
    return J + lambda_ / (2 * m) * (np.sum(Theta1[:, 1:] ** 2) + np.sum(Theta2[:, 1:] ** 2))


def train(X, y, Theta1, Theta2, alpha=1.0, lambda_=1.0, iterations=100):
    for _ in range(iterations):
        Theta1_grad, Theta2_grad = back_prop(X, y, Theta1, Theta2, lambda_)
        Theta1 = Theta1 - alpha * Theta1_grad
        Theta2 = Theta2 - alpha * Theta2_grad
    return Theta1, Theta2
