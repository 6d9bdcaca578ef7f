"""A script whose own data is one sample held as vectors (`x = np.array([...])`, `target = np.array([...])`):
module-level weights (out, in) with no biases, tanh hidden units, sigmoid outputs, half the squared error
(`loss`), the update after each pass through `np.outer`. xval passes each of its samples as such a vector."""
import numpy as np

x = np.array([0.2, -0.4, 0.7, 0.1])
target = np.array([1.0, 0.0])
rng = np.random.default_rng(3)
W_in = rng.normal(0, 0.5, (3, 4))
W_out = rng.normal(0, 0.5, (2, 3))
step = 0.5

for it in range(200):
    h = np.tanh(W_in.dot(x))
    y = 1 / (1 + np.exp(-W_out.dot(h)))
    loss = 0.5 * np.sum((y - target) ** 2)
    delta_out = (y - target) * y * (1 - y)
    delta_h = W_out.T.dot(delta_out) * (1 - h ** 2)
    W_out -= step * np.outer(delta_out, h)
    W_in -= step * np.outer(delta_h, x)
    if it % 50 == 0:
        print(it, loss)
