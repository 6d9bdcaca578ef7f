"""A top-level regression script whose loss adds a weight decay it assigns in the loop (`penalty = decay *
(np.sum(W1 ** 2) + np.sum(W2 ** 2))`, `loss = data + penalty`), and whose gradients add `2 * decay * W` themselves;
module-level weights, full-batch steps. Tanh hidden units, identity output, half the mean squared error."""
import numpy as np

rng = np.random.default_rng(8)
X = rng.standard_normal((64, 4))
Y = np.tanh(X[:, :2]) @ np.array([[1.0], [-1.0]])

W1 = rng.standard_normal((4, 8)) * 0.4
b1 = np.zeros(8)
W2 = rng.standard_normal((8, 1)) * 0.4
b2 = np.zeros(1)
decay = 0.001
rate = 0.1

for it in range(300):
    A = np.tanh(X @ W1 + b1)
    out = A @ W2 + b2
    diff = out - Y
    data = 0.5 * np.mean(np.sum(diff ** 2, axis=1))
    penalty = decay * (np.sum(W1 ** 2) + np.sum(W2 ** 2))
    loss = data + penalty
    d_out = diff / len(X)
    dW2 = A.T @ d_out + 2 * decay * W2
    db2 = d_out.sum(axis=0)
    dA = (d_out @ W2.T) * (1 - A ** 2)
    dW1 = X.T @ dA + 2 * decay * W1
    db1 = dA.sum(axis=0)
    W1 -= rate * dW1
    b1 -= rate * db1
    W2 -= rate * dW2
    b2 -= rate * db2

print("loss", loss)
