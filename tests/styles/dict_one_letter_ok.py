"""forward(X, p) with a one-letter dict, keys built by 'W' + str(l); grads keyed W1..b2: correct."""
import numpy as np
def forward(X, p):
    Z1 = X @ p['W' + str(1)] + p['b' + str(1)]
    A1 = np.maximum(0, Z1)
    Z2 = A1 @ p['W' + str(2)] + p['b' + str(2)]
    e = np.exp(Z2 - Z2.max(axis=1, keepdims=True))
    A2 = e / e.sum(axis=1, keepdims=True)
    return A2, {'Z1': Z1, 'A1': A1, 'A2': A2}
def backward(X, y, p, cache):
    m = X.shape[0]
    dZ2 = cache['A2'] - np.eye(10)[y]
    dZ2 /= m
    g = {'W2': cache['A1'].T @ dZ2, 'b2': dZ2.sum(0)}
    dZ1 = dZ2 @ p['W' + str(2)].T * (cache['Z1'] > 0)
    g['W1'] = X.T @ dZ1; g['b1'] = dZ1.sum(0)
    return g
