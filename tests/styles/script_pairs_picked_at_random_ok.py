"""A function that makes its own weights and trains on (input, target) pairs kept in a list, taking one at random at
each step (`x, t = samples[rng.integers(len(samples))]`), its target a plain 0 or 1 turned into a (1, 1) array;
tanh hidden units, one sigmoid output with binary cross-entropy (its delta `out - t`): correct."""
import numpy as np


def fit(n_in, n_hidden, samples, rate=0.5, steps=2000):
    rng = np.random.default_rng(3)
    U = rng.normal(0.0, 1.0 / np.sqrt(n_in), (n_in, n_hidden))
    c = np.zeros((1, n_hidden))
    V = rng.normal(0.0, 1.0 / np.sqrt(n_hidden), (n_hidden, 1))
    d = np.zeros((1, 1))
    for _ in range(steps):
        x, t = samples[rng.integers(len(samples))]
        x = np.asarray(x, dtype=float).reshape(1, -1)
        t = np.array([[t]], dtype=float)
        h = np.tanh(x @ U + c)
        out = 1.0 / (1.0 + np.exp(-(h @ V + d)))
        delta_out = out - t
        delta_h = (delta_out @ V.T) * (1.0 - h ** 2)
        V -= rate * h.T @ delta_out
        d -= rate * delta_out
        U -= rate * x.T @ delta_h
        c -= rate * delta_h
    return U, c, V, d


if __name__ == "__main__":
    pairs = [(np.array([a, b]), a ^ b) for a in (0, 1) for b in (0, 1)]
    weights = fit(2, 4, pairs)
    print([w.shape for w in weights])
