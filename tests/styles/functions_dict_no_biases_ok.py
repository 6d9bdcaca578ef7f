"""Functions over a dict holding two weight matrices and no biases (``net["hidden_weights"]``,
``net["output_weights"]``), column-major, the backward returning a dict of the same keys; sigmoid hidden units,
sigmoid outputs, binary cross-entropy averaged over the batch."""

import numpy as np


def make_net(n_in, n_hid, n_out, seed=0):
    rng = np.random.default_rng(seed)
    return {"hidden_weights": rng.normal(0, 1 / np.sqrt(n_in), (n_hid, n_in)),
            "output_weights": rng.normal(0, 1 / np.sqrt(n_hid), (n_out, n_hid))}


def logistic(v):
    return 1 / (1 + np.exp(-v))


def forward(net, X):
    hidden = logistic(net["hidden_weights"] @ X)
    out = logistic(net["output_weights"] @ hidden)
    return out, hidden


def backward(net, X, T, out, hidden):
    m = X.shape[1]
    d_out = (out - T) / m
    grads = {"output_weights": d_out @ hidden.T}
    d_hid = (net["output_weights"].T @ d_out) * hidden * (1 - hidden)
    grads["hidden_weights"] = d_hid @ X.T
    return grads


if __name__ == "__main__":
    rng = np.random.default_rng(1)
    X = rng.normal(size=(4, 60))
    T = (X[:2] > 0).astype(float)
    net = make_net(4, 6, 2)
    for _ in range(200):
        out, hidden = forward(net, X)
        for key, g in backward(net, X, T, out, hidden).items():
            net[key] -= 0.5 * g
    print(float(-np.mean(np.sum(T * np.log(out) + (1 - T) * np.log(1 - out), axis=0))))
