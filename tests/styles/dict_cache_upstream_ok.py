"""A regression MLP as two functions: forward(params, x) -> (prediction, cache) and backward(params, cache, dout)
-> a gradient per parameter, keyed like params, dout being dL/d(prediction) from whatever loss the caller uses:
correct. Its demo averages a squared error over the batch before calling backward."""
import numpy as np


def init_params(sizes, seed=0):
    gen = np.random.default_rng(seed)
    params = {}
    for i, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:]), start=1):
        params[f"W{i}"] = gen.normal(0.0, np.sqrt(2.0 / n_in), (n_in, n_out))
        params[f"b{i}"] = np.zeros(n_out)
    return params


def forward(params, x):
    h_pre = x @ params["W1"] + params["b1"]
    h = np.maximum(h_pre, 0.0)
    pred = h @ params["W2"] + params["b2"]
    return pred, (x, h_pre, h)


def backward(params, cache, dout):
    x, h_pre, h = cache
    grads = {"W2": h.T @ dout, "b2": dout.sum(axis=0)}
    dh = dout @ params["W2"].T
    dh_pre = dh * (h_pre > 0)
    grads["W1"] = x.T @ dh_pre
    grads["b1"] = dh_pre.sum(axis=0)
    return grads


if __name__ == "__main__":
    params = init_params([3, 8, 2])
    x = np.random.default_rng(1).normal(size=(16, 3))
    target = np.sin(x[:, :2])
    for step in range(200):
        pred, cache = forward(params, x)
        grads = backward(params, cache, (pred - target) / len(x))
        for key in params:
            params[key] -= 0.1 * grads[key]
    print("squared error", 0.5 * np.sum((forward(params, x)[0] - target) ** 2) / len(x))
