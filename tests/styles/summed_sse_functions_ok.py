"""Functions with a parameter dict, a summed loss: `sse(out, Y) = 0.5 * np.sum((out - Y) ** 2)`, half the squared
errors summed over the outputs and over the batch, used by the training loop; sigmoid hidden and output units, and
gradients summed over the batch as that loss's are (no 1/m: the batch size is folded into the learning rate):
correct for the loss it defines."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def init(sizes, seed=4):
    rng = np.random.default_rng(seed)
    return {f"W{i}": rng.normal(0.0, 1.0 / np.sqrt(a), (a, b)) for i, (a, b) in enumerate(zip(sizes, sizes[1:]), 1)} \
        | {f"b{i}": np.zeros((1, b)) for i, b in enumerate(sizes[1:], 1)}


def forward(X, params):
    cache, a = {"A0": X}, X
    n = len(params) // 2
    for i in range(1, n + 1):
        a = sigmoid(a @ params[f"W{i}"] + params[f"b{i}"])
        cache[f"A{i}"] = a
    return a, cache


def sse(out, Y):
    return 0.5 * np.sum((out - Y) ** 2)


def backward(params, cache, Y):
    n = len(params) // 2
    grads = {}
    a = cache[f"A{n}"]
    delta = (a - Y) * a * (1.0 - a)
    for i in range(n, 0, -1):
        grads[f"dW{i}"] = cache[f"A{i - 1}"].T @ delta
        grads[f"db{i}"] = delta.sum(axis=0, keepdims=True)
        if i > 1:
            prev = cache[f"A{i - 1}"]
            delta = (delta @ params[f"W{i}"].T) * prev * (1.0 - prev)
    return grads


def train(X, Y, sizes, lr=0.01, epochs=10):
    params = init(sizes)
    for _ in range(epochs):
        out, cache = forward(X, params)
        print("loss", sse(out, Y))
        grads = backward(params, cache, Y)
        for k in params:
            params[k] -= lr * grads["d" + k]
    return params
