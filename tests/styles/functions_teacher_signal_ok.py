"""Functions in the textbook convention where `d` is the desired output (the teacher signal, one-hot rows) and
`y` the network's: `forward(x, W1, b1, W2, b2)` returns `(y, z1)`, and `gradients(x, z1, y, d, W2)` forms
`y - d`; nothing else names `d` as the labels."""
import numpy as np


def sigmoid(u):
    return 1.0 / (1.0 + np.exp(-u))


def softmax(u):
    e = np.exp(u - u.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def forward(x, W1, b1, W2, b2):
    z1 = sigmoid(x @ W1 + b1)
    y = softmax(z1 @ W2 + b2)
    return y, z1


def gradients(x, z1, y, d, W2):
    n = x.shape[0]
    delta2 = (y - d) / n
    delta1 = (delta2 @ W2.T) * z1 * (1.0 - z1)
    return x.T @ delta1, delta1.sum(axis=0), z1.T @ delta2, delta2.sum(axis=0)
