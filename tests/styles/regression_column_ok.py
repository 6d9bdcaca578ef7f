"""A regression network written as functions: tanh hidden units, one linear output, the mean of half the squared
errors; the backward makes its targets one column (targets.reshape(-1, 1)), the only sign that the network has one
output unit; unpacked arguments, returns the gradients: correct."""
import numpy as np


def forward_pass(inputs, w_hidden, b_hidden, w_out, b_out):
    pre = inputs @ w_hidden + b_hidden
    hidden = np.tanh(pre)
    return pre, hidden, hidden @ w_out + b_out


def gradients(inputs, targets, hidden, output, w_out):
    targets = targets.reshape(-1, 1)
    n = inputs.shape[0]
    d_out = (output - targets) / n
    d_hidden = (d_out @ w_out.T) * (1.0 - hidden ** 2)
    return inputs.T @ d_hidden, d_hidden.sum(axis=0), hidden.T @ d_out, d_out.sum(axis=0)


def half_mse(output, targets):
    return 0.5 * np.mean((output - targets.reshape(-1, 1)) ** 2)


def fit(inputs, targets, width=16, rate=0.05, steps=200):
    rng = np.random.default_rng(0)
    w_hidden = rng.normal(0, 1 / np.sqrt(inputs.shape[1]), (inputs.shape[1], width))
    b_hidden = np.zeros(width)
    w_out = rng.normal(0, 1 / np.sqrt(width), (width, 1))
    b_out = np.zeros(1)
    for _ in range(steps):
        _, hidden, output = forward_pass(inputs, w_hidden, b_hidden, w_out, b_out)
        print(half_mse(output, targets))
        gw1, gb1, gw2, gb2 = gradients(inputs, targets, hidden, output, w_out)
        w_hidden -= rate * gw1
        b_hidden -= rate * gb1
        w_out -= rate * gw2
        b_out -= rate * gb2
    return w_hidden, b_hidden, w_out, b_out
