"""A module-level training loop that keeps its squared errors unreduced (`sq_error = (out - target) ** 2`, one per
element) and totals them only where it records them (`history.append(sq_error.sum())`): the loss is that total, the
squared error summed over the batch and the outputs without a 1/2, and the step follows its gradient, `2 * (out -
target)` through the sigmoid, never divided by the batch size. Tanh hidden units, sigmoid outputs: correct."""
import numpy as np

gen = np.random.default_rng(4)
inputs = gen.uniform(-1.0, 1.0, size=(24, 6))
target = np.stack([(inputs[:, 0] > inputs[:, 1]), (inputs[:, 2] + inputs[:, 3] > 0)], axis=1).astype(float)

w_in = gen.normal(0.0, 0.5, (6, 7))
bias_in = np.zeros((1, 7))
w_out = gen.normal(0.0, 0.5, (7, 2))
bias_out = np.zeros((1, 2))
step = 0.05
history = []

for sweep in range(400):
    hid = np.tanh(inputs @ w_in + bias_in)
    out = 1.0 / (1.0 + np.exp(-(hid @ w_out + bias_out)))
    sq_error = (out - target) ** 2
    history.append(sq_error.sum())

    g_out = 2.0 * (out - target) * out * (1.0 - out)
    g_hid = (g_out @ w_out.T) * (1.0 - hid ** 2)
    w_out -= step * hid.T @ g_out
    bias_out -= step * g_out.sum(axis=0, keepdims=True)
    w_in -= step * inputs.T @ g_hid
    bias_in -= step * g_hid.sum(axis=0, keepdims=True)

print("first and last totals:", history[0], history[-1])
