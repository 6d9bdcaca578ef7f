"""Bug: a lab-manual script of the delta rule (sigmoid hidden and output units, `err = target - out`, updates
added with `+=`, no loss written down) whose hidden bias is added in the forward pass but never trained; the
output bias is. With no loss in the file xval checks the sigmoid output's binary cross-entropy, so the deltas also
read as a squared error's summed over the batch (`loss-mismatch`); the frozen bias is named first."""
import numpy as np

rng = np.random.default_rng(4)
inputs = rng.random((6, 2))
target = rng.random((6, 1))
w_hid = rng.uniform(size=(2, 3))
b_hid = rng.uniform(size=(1, 3))
w_out = rng.uniform(size=(3, 1))
b_out = rng.uniform(size=(1, 1))
rate = 0.1


def squash(v):
    return 1 / (1 + np.exp(-v))


for sweep in range(3000):
    hid = squash(inputs @ w_hid + b_hid)
    out = squash(hid @ w_out + b_out)
    err = target - out
    d_out = err * out * (1 - out)
    d_hid = (d_out @ w_out.T) * hid * (1 - hid)
    w_out += hid.T @ d_out * rate
    b_out += np.sum(d_out, axis=0, keepdims=True) * rate
    w_hid += inputs.T @ d_hid * rate
print(out)
