"""A script on one sample held as columns, each weight's change an outer product written as a broadcast product
(`V += d2 * h.T`: a (k, 1) column times a (1, n) row) with no rate at all (rate 1), the output delta made from its
error `miss`; tanh hidden units, sigmoid outputs, its half squared error `error` printed each pass, no biases:
correct."""
import numpy as np

x = np.array([[0.2], [-0.7], [0.9]])
t = np.array([[1.0], [0.0]])
gen = np.random.default_rng(4)
U = gen.uniform(-0.5, 0.5, (4, 3))
V = gen.uniform(-0.5, 0.5, (2, 4))

for sweep in range(50):
    h = np.tanh(U @ x)
    out = 1.0 / (1.0 + np.exp(-(V @ h)))
    error = 0.5 * np.sum((t - out) ** 2)
    print(sweep, error)
    miss = t - out
    d2 = miss * out * (1.0 - out)
    d1 = (V.T @ d2) * (1.0 - h ** 2)
    V += d2 * h.T
    U += d1 * x.T
