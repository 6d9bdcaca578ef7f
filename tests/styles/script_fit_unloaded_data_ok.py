"""A regression script whose data come from a text file it reads line by line into lists (`inputs = np.array(
inputs)`: without the file, an empty array) and whose `fit(X, Y, ...)` function holds the training loop on the whole
batch; tanh hidden units, identity output, half the batch mean of the squared errors, the delta divided by the batch
size."""
import numpy as np


def fit(X, Y, hidden=8, lr=0.05, epochs=300, seed=2):
    rng = np.random.default_rng(seed)
    W1 = rng.normal(0.0, 0.5, (X.shape[1], hidden))
    b1 = np.zeros((1, hidden))
    W2 = rng.normal(0.0, 0.5, (hidden, Y.shape[1]))
    b2 = np.zeros((1, Y.shape[1]))
    for epoch in range(epochs):
        H = np.tanh(X @ W1 + b1)
        out = H @ W2 + b2
        err = out - Y
        d_out = err / X.shape[0]
        d_hid = (d_out @ W2.T) * (1.0 - H ** 2)
        W2 -= lr * (H.T @ d_out)
        b2 -= lr * d_out.sum(axis=0, keepdims=True)
        W1 -= lr * (X.T @ d_hid)
        b1 -= lr * d_hid.sum(axis=0, keepdims=True)
        if epoch % 50 == 0:
            print(epoch, 0.5 * np.mean(np.sum(err ** 2, axis=1)))
    return W1, b1, W2, b2


inputs, targets = [], []
with open("windows.txt") as fh:
    for line in fh:
        *features, target = map(float, line.split())
        inputs.append(features)
        targets.append([target])
inputs = np.array(inputs)
targets = np.array(targets)
W1, b1, W2, b2 = fit(inputs, targets)
