"""Exit 2: an XOR-style script that folds each layer's bias into its weights as the weight of a constant input of -1
(the data carries a -1 column, and the hidden values get `[-1]` joined: `h = np.hstack((h[0], [-1]))`): xval's
layers keep their biases apart, so the message names the joined constant and suggests an adapter."""
import numpy as np

rng = np.random.default_rng(2)
X = np.array([[0, 0, -1], [0, 1, -1], [1, 0, -1], [1, 1, -1]], dtype=float)
T = np.array([[1, 0], [0, 1], [0, 1], [1, 0]], dtype=float)
V = rng.normal(size=(3, 4))
U = rng.normal(size=(5, 2))


def squash(z):
    return 1.0 / (1.0 + np.exp(-z))


eta = 0.5
for sweep in range(2000):
    for j in range(len(X)):
        xj = X[j].reshape(1, -1)
        tj = T[j]
        h = squash(xj @ V)
        h = np.hstack((h[0], [-1])).reshape(1, -1)
        out = squash(h @ U)
        g_out = (out - tj) * out * (1 - out)
        g_hid = ((g_out @ U.T) * h * (1 - h))[:, :-1]
        U -= eta * h.T @ g_out
        V -= eta * xj.T @ g_hid
