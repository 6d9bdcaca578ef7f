"""Functions over weight lists whose hidden activation is chosen by name: `forward_prop(Ws, bs, X, act)` and
`backward_prop(Zs, As, ZL, AL, Ws, X, y, act)` pass `act` to helpers that compare it with "relu", "tanh"...;
the forward returns its activations past the input (`As[1:]`)."""
import numpy as np


def make_layers(sizes, seed=0):
    rng = np.random.default_rng(seed)
    Ws = [rng.normal(0, np.sqrt(2.0 / a), (a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
    bs = [np.zeros((1, b)) for b in sizes[1:]]
    return Ws, bs


def nonlinear(Z, kind):
    if kind == "relu":
        return np.maximum(Z, 0)
    if kind == "tanh":
        return np.tanh(Z)
    raise ValueError(f"no activation called {kind}")


def nonlinear_slope(Z, A, kind):
    if kind == "relu":
        return (Z > 0).astype(float)
    if kind == "tanh":
        return 1.0 - A ** 2
    raise ValueError(f"no activation called {kind}")


def softmax(Z):
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def forward_prop(Ws, bs, X, act):
    Zs, As = [], [X]
    for W, b in zip(Ws[:-1], bs[:-1]):
        Zs.append(As[-1] @ W + b)
        As.append(nonlinear(Zs[-1], act))
    ZL = As[-1] @ Ws[-1] + bs[-1]
    return Zs, As[1:], ZL, softmax(ZL)


def backward_prop(Zs, As, ZL, AL, Ws, X, y, act):
    m = X.shape[0]
    G = AL.copy()
    G[np.arange(m), y] -= 1
    G /= m
    dWs, dbs = [None] * len(Ws), [None] * len(Ws)
    for k in range(len(Ws) - 1, -1, -1):
        dWs[k] = (As[k - 1] if k > 0 else X).T @ G
        dbs[k] = G.sum(axis=0, keepdims=True)
        if k > 0:
            G = (G @ Ws[k].T) * nonlinear_slope(Zs[k - 1], As[k - 1], act)
    return dWs, dbs


def fit(X, y, hidden, act="relu", lr=0.1, steps=100):
    Ws, bs = make_layers([X.shape[1], *hidden, int(y.max()) + 1])
    for _ in range(steps):
        Zs, As, ZL, AL = forward_prop(Ws, bs, X, act)
        dWs, dbs = backward_prop(Zs, As, ZL, AL, Ws, X, y, act)
        Ws = [W - lr * d for W, d in zip(Ws, dWs)]
        bs = [b - lr * d for b, d in zip(bs, dbs)]
    return Ws, bs
