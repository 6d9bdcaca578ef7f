"""Bug: the biases are drawn once and added in the forward pass but never trained: the loop updates the two
weight matrices only. A top-level script with tanh hidden units and one sigmoid output unit; its loss is the mean
binary cross-entropy and its deltas are those of that loss."""
import numpy as np

rs = np.random.RandomState(11)
features = rs.randn(80, 3)
target = (features[:, :1] * features[:, 1:2] > 0).astype(float)

hidden_w = rs.randn(3, 6) * 0.5
hidden_b = rs.rand(1, 6)
out_w = rs.randn(6, 1) * 0.5
out_b = rs.rand(1, 1)
step = 0.3

for it in range(3000):
    h = np.tanh(features @ hidden_w + hidden_b)
    p = 1.0 / (1.0 + np.exp(-(h @ out_w + out_b)))
    bce = -np.mean(target * np.log(p) + (1 - target) * np.log(1 - p))
    g_out = (p - target) / len(features)
    g_hid = (g_out @ out_w.T) * (1 - h ** 2)
    out_w -= step * h.T @ g_out
    hidden_w -= step * features.T @ g_hid
    if it % 500 == 0:
        print(it, bce)
