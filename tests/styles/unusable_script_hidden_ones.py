"""Exit 2: a top-level script whose first layer keeps its bias apart but whose output layer's bias is folded
into its weights: the hidden values get a column of ones inside the loop before the next product. xval's layers
keep their biases apart, so it says which values get the ones and points to --adapter, rather than running the
loop on an output weight one row short and reporting the shape error as the file's."""
import numpy as np

rng = np.random.default_rng(2)
inputs = rng.random((50, 2))
labels = (inputs.sum(axis=1, keepdims=True) > 1).astype(float)

w_hidden = rng.uniform(-1, 1, (2, 5))
b_hidden = np.zeros((1, 5))
w_out = rng.uniform(-1, 1, (6, 1))
rate = 0.5

for it in range(2000):
    h = 1 / (1 + np.exp(-(inputs @ w_hidden + b_hidden)))
    h_b = np.hstack([h, np.ones((len(h), 1))])
    out = 1 / (1 + np.exp(-(h_b @ w_out)))
    d_out = (out - labels) / len(inputs)
    d_h = (d_out @ w_out[:-1].T) * h * (1 - h)
    w_out -= rate * h_b.T @ d_out
    w_hidden -= rate * inputs.T @ d_h
    b_hidden -= rate * d_h.sum(axis=0, keepdims=True)
