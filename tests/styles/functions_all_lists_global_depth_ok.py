"""A textbook lab's deep regression in functions over lists of every layer's values: forward(x_in, all_weights,
all_biases) -> (out, all_f, all_h) computes its depth from the list (n_hidden = len(all_weights) - 1), while
backward(all_weights, all_biases, all_f, all_h, y) reads the module's own n_hidden (the depth the lab set up); the
cost is written with a product of the error with itself. Samples as columns, ReLU hidden units, identity output:
correct."""
import numpy as np

np.random.seed(1)
n_hidden = 3
width, d_in, d_out = 8, 2, 1
all_weights = [np.random.normal(size=(width, d_in))] + \
    [np.random.normal(size=(width, width)) for _ in range(n_hidden - 1)] + [np.random.normal(size=(d_out, width))]
all_biases = [np.random.normal(size=(width, 1)) for _ in range(n_hidden)] + [np.random.normal(size=(d_out, 1))]


def forward(x_in, all_weights, all_biases):
    n_hidden = len(all_weights) - 1
    all_f = [None] * (n_hidden + 1)
    all_h = [None] * (n_hidden + 1)
    all_h[0] = x_in
    for layer in range(n_hidden):
        all_f[layer] = all_biases[layer] + all_weights[layer] @ all_h[layer]
        all_h[layer + 1] = np.maximum(all_f[layer], 0.0)
    all_f[n_hidden] = all_biases[n_hidden] + all_weights[n_hidden] @ all_h[n_hidden]
    return all_f[n_hidden], all_f, all_h


def cost(out, y):
    count = y.shape[1]
    return np.sum((out - y) * (out - y)) / (2 * count)


def d_cost(out, y):
    return (out - y) / y.shape[1]


def backward(all_weights, all_biases, all_f, all_h, y):
    d_weights = [None] * (n_hidden + 1)
    d_biases = [None] * (n_hidden + 1)
    d_f = d_cost(all_f[n_hidden], y)
    for layer in range(n_hidden, -1, -1):
        d_biases[layer] = d_f.sum(axis=1, keepdims=True)
        d_weights[layer] = d_f @ all_h[layer].T
        if layer > 0:
            d_f = (all_weights[layer].T @ d_f) * (all_f[layer - 1] > 0)
    return d_weights, d_biases


x = np.random.uniform(-1, 1, size=(d_in, 40))
y = np.sin(3 * x[:1]) * x[1:]
for step in range(200):
    out, all_f, all_h = forward(x, all_weights, all_biases)
    d_weights, d_biases = backward(all_weights, all_biases, all_f, all_h, y)
    all_weights = [W - 0.05 * dW for W, dW in zip(all_weights, d_weights)]
    all_biases = [b - 0.05 * db for b, db in zip(all_biases, d_biases)]
print(cost(forward(x, all_weights, all_biases)[0], y))
