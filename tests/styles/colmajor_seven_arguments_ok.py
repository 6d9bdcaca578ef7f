"""Column-major; backward(Z1, A1, Z2, A2, W2, X, Y) has seven arguments like the notebook's, but per-layer ones: correct."""
import numpy as np
def forward_prop(W1, b1, W2, b2, X):
    Z1 = W1 @ X + b1; A1 = np.maximum(Z1, 0); Z2 = W2 @ A1 + b2
    E = np.exp(Z2 - Z2.max(0)); return Z1, A1, Z2, E / E.sum(0)
def backward(Z1, A1, Z2, A2, W2, X, Y):
    m = Y.size
    oh = np.zeros((10, m)); oh[Y, np.arange(m)] = 1
    dZ2 = A2 - oh
    dZ1 = W2.T @ dZ2 * (Z1 > 0)
    return dZ1 @ X.T / m, dZ1.sum(1, keepdims=True) / m, dZ2 @ A1.T / m, dZ2.sum(1, keepdims=True) / m
