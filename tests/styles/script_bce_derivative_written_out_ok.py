"""A script whose loop writes binary cross-entropy's derivative out in full
(``dA2 = -(targets / A2) + (1 - targets) / (1 - A2)``), so its labels are never subtracted from anything: they
divide the output, and multiply its log in the cost. Module-level weights, tanh hidden units, one sigmoid
output, binary cross-entropy averaged over the batch."""

import numpy as np

rng = np.random.default_rng(6)
points = rng.normal(size=(120, 3))
targets = (np.sum(points ** 2, axis=1, keepdims=True) > 3.0).astype(float)

W1 = rng.normal(0, 0.6, (3, 6))
b1 = np.zeros((1, 6))
W2 = rng.normal(0, 0.6, (6, 1))
b2 = np.zeros((1, 1))
rate = 0.5
count = points.shape[0]

for it in range(300):
    Z1 = points @ W1 + b1
    A1 = np.tanh(Z1)
    Z2 = A1 @ W2 + b2
    A2 = 1 / (1 + np.exp(-Z2))
    cost = -np.mean(targets * np.log(A2) + (1 - targets) * np.log(1 - A2))
    dA2 = -(targets / A2) + (1 - targets) / (1 - A2)
    dZ2 = dA2 * A2 * (1 - A2) / count
    dW2 = A1.T @ dZ2
    db2 = np.sum(dZ2, axis=0, keepdims=True)
    dZ1 = (dZ2 @ W2.T) * (1 - A1 ** 2)
    dW1 = points.T @ dZ1
    db1 = np.sum(dZ1, axis=0, keepdims=True)
    W1 -= rate * dW1
    b1 -= rate * db1
    W2 -= rate * dW2
    b2 -= rate * db2
print(round(float(cost), 4))
