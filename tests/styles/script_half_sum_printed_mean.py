"""Bug: the gradient is half the batch size times that of the loss the script prints. An XOR-style script with
one sigmoid output unit: the loss printed is the mean squared error np.mean((Y - A2) ** 2), but the deltas are
those of half the squared error summed over the samples ((A2 - Y) times the sigmoid's slope, never divided by the
batch size)."""
import numpy as np

gen = np.random.default_rng(5)
X = gen.integers(0, 2, size=(64, 2)).astype(float)
Y = (X[:, :1] != X[:, 1:]).astype(float)

W1 = gen.uniform(-1, 1, (2, 4))
b1 = np.zeros((1, 4))
W2 = gen.uniform(-1, 1, (4, 1))
b2 = np.zeros((1, 1))
lr = 0.5

for epoch in range(5000):
    A1 = 1 / (1 + np.exp(-(X @ W1 + b1)))
    A2 = 1 / (1 + np.exp(-(A1 @ W2 + b2)))
    loss = np.mean((Y - A2) ** 2)
    d2 = (A2 - Y) * A2 * (1 - A2)
    d1 = (d2 @ W2.T) * A1 * (1 - A1)
    W2 -= lr * A1.T @ d2
    b2 -= lr * d2.sum(axis=0, keepdims=True)
    W1 -= lr * X.T @ d1
    b1 -= lr * d1.sum(axis=0, keepdims=True)
    if epoch % 1000 == 0:
        print(epoch, loss)
