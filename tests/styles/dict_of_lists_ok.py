"""Functions over one dict that holds the weights and the biases as two lists (net["weights"][i],
net["biases"][i]); the forward keeps a cache dict of lists and the backward returns a dict of two gradient
lists; row-major, any depth."""

import numpy as np


def build(sizes, seed=0):
    rng = np.random.default_rng(seed)
    return {"weights": [rng.standard_normal((m, n)) * np.sqrt(2.0 / m) for m, n in zip(sizes[:-1], sizes[1:])],
            "biases": [np.zeros((1, n)) for n in sizes[1:]]}


def relu(v):
    return np.maximum(v, 0.0)


def softmax(v):
    e = np.exp(v - v.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def forward_pass(X, net):
    outs, pre = [X], []
    last = len(net["weights"]) - 1
    for i, (W, b) in enumerate(zip(net["weights"], net["biases"])):
        s = outs[-1] @ W + b
        pre.append(s)
        outs.append(softmax(s) if i == last else relu(s))
    return outs[-1], {"pre": pre, "outs": outs}


def nll(P, T):
    return -np.mean(np.sum(T * np.log(np.clip(P, 1e-12, 1.0)), axis=1))


def backward_pass(X, T, net, cache):
    n = X.shape[0]
    g_w, g_b = [None] * len(net["weights"]), [None] * len(net["weights"])
    delta = (cache["outs"][-1] - T) / n
    for i in reversed(range(len(net["weights"]))):
        g_w[i] = cache["outs"][i].T @ delta
        g_b[i] = delta.sum(axis=0, keepdims=True)
        if i:
            delta = (delta @ net["weights"][i].T) * (cache["pre"][i - 1] > 0)
    return {"dW": g_w, "db": g_b}


if __name__ == "__main__":
    rng = np.random.default_rng(1)
    X = rng.standard_normal((64, 20))
    T = np.eye(4)[rng.integers(0, 4, 64)]
    net = build([20, 16, 8, 4])
    for _ in range(100):
        P, cache = forward_pass(X, net)
        grads = backward_pass(X, T, net, cache)
        for k, gk in (("weights", "dW"), ("biases", "db")):
            for i, g in enumerate(grads[gk]):
                net[k][i] -= 0.5 * g
    print(nll(forward_pass(X, net)[0], T))
