"""Functions over weight and bias lists held (out, in) and applied as x @ W.T on sample rows; the forward
returns every layer's values as z_collection / a_collection, and the backward takes the momentum buffers
(vel_w, vel_b) as arguments, updates the parameters in place and returns the new buffers; tanh hidden units."""

import numpy as np


def make_layers(sizes, rng):
    weights = [rng.normal(0.0, 1.0 / np.sqrt(n_in), (n_out, n_in)) for n_in, n_out in zip(sizes[:-1], sizes[1:])]
    biases = [np.zeros(n_out) for n_out in sizes[1:]]
    return weights, biases


def softmax(s):
    s = s - s.max(axis=1, keepdims=True)
    e = np.exp(s)
    return e / e.sum(axis=1, keepdims=True)


def feed_forward(x, weights, biases):
    z_collection, a_collection = [], [x]
    for k, (W, b) in enumerate(zip(weights, biases)):
        z = a_collection[-1] @ W.T + b
        z_collection.append(z)
        a_collection.append(softmax(z) if k == len(weights) - 1 else np.tanh(z))
    return z_collection, a_collection


def cross_entropy(y, p):
    return -np.mean(np.log(p[np.arange(len(y)), y] + 1e-12))


def backprop(y, vel_w, vel_b, z_collection, a_collection, weights, biases, lr=0.1, mu=0.9):
    n = len(y)
    delta = a_collection[-1].copy()
    delta[np.arange(n), y] -= 1.0
    delta /= n
    new_vw, new_vb = [None] * len(weights), [None] * len(weights)
    for k in range(len(weights) - 1, -1, -1):
        grad_w = delta.T @ a_collection[k]
        grad_b = delta.sum(axis=0)
        if k > 0:
            delta = (delta @ weights[k]) * (1.0 - a_collection[k] ** 2)
        new_vw[k] = mu * vel_w[k] + grad_w
        new_vb[k] = mu * vel_b[k] + grad_b
        weights[k] -= lr * new_vw[k]
        biases[k] -= lr * new_vb[k]
    return new_vw, new_vb


if __name__ == "__main__":
    rng = np.random.default_rng(5)
    x = rng.normal(size=(120, 12))
    y = rng.integers(0, 3, 120)
    weights, biases = make_layers([12, 9, 6, 3], rng)
    vw = [np.zeros_like(W) for W in weights]
    vb = [np.zeros_like(b) for b in biases]
    for step in range(200):
        zs, acts = feed_forward(x, weights, biases)
        vw, vb = backprop(y, vw, vb, zs, acts, weights, biases)
    print(cross_entropy(y, feed_forward(x, weights, biases)[1][-1]))
