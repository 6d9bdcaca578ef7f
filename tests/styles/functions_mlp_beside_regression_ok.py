"""A lab with two models: a softmax regression `forward(x, w, b)` / `backward(...)` (one layer), then the network
`forward_mlp(x, wh, bh, wy, by) -> (p, h)` and `backward_mlp(x, h, p, t, lr, wh, bh, wy, by)` returning the
stepped parameters under names of their own, output layer first."""
import numpy as np


def softmax(s):
    s = s - s.max(axis=1, keepdims=True)
    e = np.exp(s)
    return e / e.sum(axis=1, keepdims=True)


def forward(x, w, b):
    return softmax(x @ w + b)


def backward(x, p, t, lr, w, b):
    g = (p - t) / x.shape[0]
    return w - lr * (x.T @ g), b - lr * g.sum(axis=0)


def forward_mlp(x, wh, bh, wy, by):
    h = np.tanh(x @ wh + bh)
    return forward(h, wy, by), h


def backward_mlp(x, h, p, t, lr, wh, bh, wy, by):
    m = x.shape[0]
    gy = (p - t) / m
    gh = (gy @ wy.T) * (1.0 - h ** 2)
    wy_next = wy - lr * (h.T @ gy)
    by_next = by - lr * gy.sum(axis=0, keepdims=True)
    wh_next = wh - lr * (x.T @ gh)
    bh_next = bh - lr * gh.sum(axis=0, keepdims=True)
    return wy_next, by_next, wh_next, bh_next


def cross_entropy(p, t):
    return -np.mean(np.sum(t * np.log(p + 1e-12), axis=1))
