"""A module-level online-training script: global weights, an epoch loop and, inside it, `for sample, target in
zip(inputs, targets)` whose first statements make each sample and target a one-row matrix themselves
(`sample = sample.reshape(1, -1)`). Tanh hidden units, a sigmoid output and half the squared error, which its
loop prints; weights (in, out), biases as vectors."""
import numpy as np


def logistic(v):
    return 1.0 / (1.0 + np.exp(-v))


def half_squared_error(out, target):
    return 0.5 * np.sum((out - target) ** 2)


gen = np.random.default_rng(2)
inputs = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
targets = np.array([[0.0], [1.0], [1.0], [0.0]])
V = gen.normal(0.0, 0.5, size=(2, 4))
c = np.zeros(4)
U = gen.normal(0.0, 0.5, size=(4, 1))
d = np.zeros(1)
step_size = 0.3

for epoch in range(2000):
    total = 0.0
    for sample, target in zip(inputs, targets):
        sample = sample.reshape(1, -1)
        target = target.reshape(1, -1)
        hidden = np.tanh(sample @ V + c)
        out = logistic(hidden @ U + d)
        total += half_squared_error(out, target)
        g_out = (out - target) * out * (1.0 - out)
        g_hidden = (g_out @ U.T) * (1.0 - hidden ** 2)
        U -= step_size * hidden.T @ g_out
        d -= step_size * g_out.sum(axis=0)
        V -= step_size * sample.T @ g_hidden
        c -= step_size * g_hidden.sum(axis=0)
    if epoch % 500 == 0:
        print(epoch, total)
