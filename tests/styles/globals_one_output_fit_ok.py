"""A curve fit over module-level weights made by top-level calls sized by module-level constants (one output
unit, `n_out = 1`), a sigmoid hidden layer through a `logistic` function the file defines, a forward returning the
output layer's z by that name (a regression: nothing applies a sigmoid to it), a mean-squared-error loss function,
a backward that runs the forward itself and reads the hidden activation it keeps as a global, and a training loop
at the bottom: correct for its one output (the loss's mean over the outputs is the mean over the batch)."""
import numpy as np

n_in, n_hidden, n_out = 1, 12, 1
gen = np.random.default_rng(3)
w1 = gen.normal(0.0, n_in ** -0.5, size=(n_in, n_hidden))
b1 = np.zeros(n_hidden)
w2 = gen.normal(0.0, n_hidden ** -0.5, size=(n_hidden, n_out))
b2 = np.zeros(n_out)


def logistic(t):
    return 1.0 / (1.0 + np.exp(-t))


def feedforward(inputs):
    global hidden
    hidden = logistic(inputs @ w1 + b1)
    z_out = hidden @ w2 + b2
    return z_out


def mse(pred, target):
    return np.mean((pred - target) ** 2)


def compute_gradients(inputs, target):
    pred = feedforward(inputs)
    d_out = 2.0 * (pred - target) / len(inputs)
    d_w2 = hidden.T @ d_out
    d_b2 = d_out.sum(axis=0)
    d_hidden = (d_out @ w2.T) * hidden * (1.0 - hidden)
    d_w1 = inputs.T @ d_hidden
    d_b1 = d_hidden.sum(axis=0)
    return d_w1, d_b1, d_w2, d_b2


xs = np.linspace(-3.0, 3.0, 64).reshape(-1, 1)
ys = np.cos(xs)
for epoch in range(2000):
    g1, h1, g2, h2 = compute_gradients(xs, ys)
    w1 -= 0.05 * g1
    b1 -= 0.05 * h1
    w2 -= 0.05 * g2
    b2 -= 0.05 * h2
    if epoch % 500 == 0:
        print(epoch, mse(feedforward(xs), ys))
