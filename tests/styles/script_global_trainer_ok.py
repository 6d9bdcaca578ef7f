"""A training function that rebinds module-level weights (``global``), called once at the bottom with plain numbers:
the forward in a helper reading those weights (``cols = batch.T``), the deltas in helpers given the weight, the
loss in a helper that one-hots integer labels and returns (difference, cost); tanh hidden units, a sigmoid
output, half the summed squared error, the rate divided by the batch size before the loop."""
import numpy as np

rng = np.random.default_rng(11)
samples = rng.normal(0, 1, (40, 6))
classes = rng.integers(0, 3, 40)

hid_weight = rng.normal(0, 0.4, (5, 6))
hid_bias = np.zeros((5, 1))
out_weight = rng.normal(0, 0.4, (3, 5))
out_bias = np.zeros((3, 1))


def logistic(v):
    return 1.0 / (1.0 + np.exp(-v))


def run_forward(batch):
    cols = batch.T
    hid = np.tanh(hid_weight @ cols + hid_bias)
    out = logistic(out_weight @ hid + out_bias)
    return cols, hid, out


def compute_cost(out, labels):
    wanted = np.zeros_like(out)
    wanted[labels, np.arange(len(labels))] = 1.0
    gap = out - wanted
    return gap, 0.5 * np.sum(gap ** 2)


def top_error(gap, out):
    return gap * out * (1.0 - out)


def hidden_error(hid, err_above, weight_above):
    return (weight_above.T @ err_above) * (1.0 - hid ** 2)


def train_all(rounds, total, chunk, speed):
    global hid_weight, hid_bias, out_weight, out_bias
    speed = speed / chunk
    for r in range(rounds):
        for start in range(0, total, chunk):
            x_chunk = samples[start:start + chunk]
            y_chunk = classes[start:start + chunk]
            cols, hid, out = run_forward(x_chunk)
            gap, cost = compute_cost(out, y_chunk)
            err_out = top_error(gap, out)
            err_hid = hidden_error(hid, err_out, out_weight)
            out_weight = out_weight - speed * (err_out @ hid.T)
            out_bias = out_bias - speed * err_out.sum(axis=1, keepdims=True)
            hid_weight = hid_weight - speed * (err_hid @ cols.T)
            hid_bias = hid_bias - speed * err_hid.sum(axis=1, keepdims=True)
        print(r, cost)


train_all(50, 40, 8, 0.5)
