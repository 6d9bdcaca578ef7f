"""A training function that makes its own weights (sized from the data it is given, one output unit) and trains
them in a loop, called at module level on the file's own data; no forward or backward to call."""
import numpy as np


def squash(v):
    return 1.0 / (1.0 + np.exp(-v))


def train(inputs, targets, rate=0.8, rounds=2000, hidden=6):
    gen = np.random.default_rng(5)
    w_in = gen.normal(0, 0.5, (inputs.shape[1], hidden))
    bias_in = np.zeros(hidden)
    w_out = gen.normal(0, 0.5, (hidden, 1))
    bias_out = np.zeros(1)
    column = targets.reshape(-1, 1)
    for r in range(rounds):
        hid = squash(inputs @ w_in + bias_in)
        out = squash(hid @ w_out + bias_out)
        cost = -np.mean(column * np.log(out) + (1 - column) * np.log(1 - out))
        delta_out = (out - column) / len(inputs)
        delta_hid = (delta_out @ w_out.T) * hid * (1 - hid)
        w_out -= rate * hid.T @ delta_out
        bias_out -= rate * delta_out.sum(axis=0)
        w_in -= rate * inputs.T @ delta_hid
        bias_in -= rate * delta_hid.sum(axis=0)
    return w_in, bias_in, w_out, bias_out, cost


points = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0], [0.5, 0.5]])
labels = np.array([0, 1, 1, 0, 1])
weights = train(points, labels)
print(weights[-1])
