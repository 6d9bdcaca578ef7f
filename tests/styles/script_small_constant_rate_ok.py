"""A two-layer regression written out in a loop, its rate a small constant in each update (the squared error
summed over the batch, its gradient taken as 2 (y_pred - y))."""
import numpy as np

rng = np.random.default_rng(11)
n, d_in, hidden, d_out = 32, 50, 20, 10
x = rng.standard_normal((n, d_in))
y = rng.standard_normal((n, d_out))
w1 = rng.standard_normal((d_in, hidden))
w2 = rng.standard_normal((hidden, d_out))

for t in range(500):
    h = 1 / (1 + np.exp(-x.dot(w1)))
    y_pred = h.dot(w2)
    loss = np.square(y_pred - y).sum()
    g_pred = 2.0 * (y_pred - y)
    g_w2 = h.T.dot(g_pred)
    g_h = g_pred.dot(w2.T)
    g_w1 = x.T.dot(g_h * h * (1 - h))
    w1 -= 1e-5 * g_w1
    w2 -= 1e-5 * g_w2
