"""deeplearning.ai-style layer steps and no whole-network functions: `linear_activation_forward(A_prev, W, b,
activation)` returning (A, ((A_prev, W, b), Z)) and `linear_activation_backward(dA, cache, activation)` returning
(dA_prev, dW, db), the activation named by a string ("tanh" or "sigmoid"); `linear_backward` divides by the batch;
mean binary cross-entropy in `compute_cost`. Column-major. Correct."""
import numpy as np


def linear_forward(A, W, b):
    return W @ A + b, (A, W, b)


def linear_activation_forward(A_prev, W, b, activation):
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "tanh":
        A = np.tanh(Z)
    elif activation == "sigmoid":
        A = 1.0 / (1.0 + np.exp(-Z))
    return A, (linear_cache, Z)


def compute_cost(AL, Y):
    m = Y.shape[1]
    return -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m


def linear_backward(dZ, linear_cache):
    A_prev, W, _ = linear_cache
    m = A_prev.shape[1]
    dW = dZ @ A_prev.T / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    return W.T @ dZ, dW, db


def linear_activation_backward(dA, cache, activation):
    linear_cache, Z = cache
    if activation == "tanh":
        dZ = dA * (1.0 - np.tanh(Z) ** 2)
    elif activation == "sigmoid":
        s = 1.0 / (1.0 + np.exp(-Z))
        dZ = dA * s * (1.0 - s)
    return linear_backward(dZ, linear_cache)
