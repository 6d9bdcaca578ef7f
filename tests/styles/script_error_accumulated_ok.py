"""A book's first deep network, written as a script: module-level weights with no biases, a loop over the samples
one at a time, a ReLU hidden layer and a linear output; the error it prints adds up half the squared difference,
`error += 0.5 * np.sum((out - goal) ** 2)`, and its delta `out - goal` is that error's derivative."""
import numpy as np

rng = np.random.default_rng(3)
lights = rng.random((40, 784))
goals = np.eye(10)[rng.integers(0, 10, 40)]
rate = 0.05
w_in = rng.normal(0.0, 0.05, (784, 32))
w_out = rng.normal(0.0, 0.05, (32, 10))

for sweep in range(10):
    error = 0.0
    for k in range(len(lights)):
        inp = lights[k:k + 1]
        hid = np.maximum(inp @ w_in, 0.0)
        out = hid @ w_out
        error += 0.5 * np.sum((out - goals[k:k + 1]) ** 2)
        d_out = out - goals[k:k + 1]
        d_hid = (d_out @ w_out.T) * (hid > 0)
        w_out -= rate * hid.T @ d_out
        w_in -= rate * inp.T @ d_hid
    print(sweep, error)
