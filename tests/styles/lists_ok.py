"""Weight lists under other names: feedforward(X, Ws, bs) -> (Zs, As), backprop(...) -> (dWs, dbs): correct."""
import numpy as np


def feedforward(X, Ws, bs):
    Zs, As = [], [X]
    for i, (W, b) in enumerate(zip(Ws, bs)):
        Z = As[-1] @ W + b
        Zs.append(Z)
        if i == len(Ws) - 1:
            P = np.exp(Z - Z.max(axis=1, keepdims=True))
            As.append(P / P.sum(axis=1, keepdims=True))
        else:
            As.append(np.maximum(Z, 0))
    return Zs, As


def backprop(Zs, As, Ws, X, y):
    B = X.shape[0]
    T = np.eye(As[-1].shape[1])[y]
    delta = (As[-1] - T) / B
    dWs, dbs = [None] * len(Ws), [None] * len(Ws)
    for i in reversed(range(len(Ws))):
        dWs[i] = As[i].T @ delta
        dbs[i] = delta.sum(axis=0, keepdims=True)
        if i:
            delta = delta @ Ws[i].T * (Zs[i - 1] > 0)
    return dWs, dbs
