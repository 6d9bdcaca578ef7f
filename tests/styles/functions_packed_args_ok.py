"""The flat-vector homework template, column-major: samples are the columns of `X` (784, m), one-hot labels
`Y` (10, m), and every function is also handed the module's sizes by name
(`forward_prop(X, Y, wab, HIDDEN_LAYERS, HIDDEN)`), so `unpack(wab, HIDDEN_LAYERS, HIDDEN)` slices the vector
by its arguments; biases come first in the vector, each a column (n, 1); ReLU hidden units, softmax +
cross-entropy averaged over the batch: correct."""
import numpy as np

INPUTS = 784
HIDDEN_LAYERS = 2
HIDDEN = 20
CLASSES = 10


def unpack(wab, HIDDEN_LAYERS, HIDDEN):
    sizes = [INPUTS] + [HIDDEN] * HIDDEN_LAYERS + [CLASSES]
    pos = 0
    bs = []
    for n in sizes[1:]:
        bs.append(wab[pos:pos + n].reshape(n, 1))
        pos = pos + n
    Ws = []
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        Ws.append(wab[pos:pos + n_in * n_out].reshape(n_out, n_in))
        pos = pos + n_in * n_out
    return Ws, bs


def initWeightsAndBiases(HIDDEN_LAYERS, HIDDEN):
    sizes = [INPUTS] + [HIDDEN] * HIDDEN_LAYERS + [CLASSES]
    rng = np.random.default_rng(3)
    bs = [np.zeros(n) for n in sizes[1:]]
    Ws = [rng.standard_normal((n_out, n_in)) * np.sqrt(2.0 / n_in) for n_in, n_out in zip(sizes[:-1], sizes[1:])]
    return np.hstack([b.flatten() for b in bs] + [W.flatten() for W in Ws])


def softmax(Z):
    E = np.exp(Z - Z.max(axis=0))
    return E / E.sum(axis=0)


def forward_prop(X, Y, wab, HIDDEN_LAYERS, HIDDEN):
    Ws, bs = unpack(wab, HIDDEN_LAYERS, HIDDEN)
    zs = []
    hs = [X]
    for i in range(len(Ws)):
        z = np.dot(Ws[i], hs[-1]) + bs[i]
        zs.append(z)
        if i < len(Ws) - 1:
            hs.append(np.maximum(0, z))
    yhat = softmax(zs[-1])
    loss = -np.sum(Y * np.log(yhat)) / X.shape[1]
    acc = np.mean(np.argmax(yhat, axis=0) == np.argmax(Y, axis=0))
    return loss, acc, zs, hs, yhat


def back_prop(X, Y, wab, HIDDEN_LAYERS, HIDDEN):
    loss, acc, zs, hs, yhat = forward_prop(X, Y, wab, HIDDEN_LAYERS, HIDDEN)
    Ws, bs = unpack(wab, HIDDEN_LAYERS, HIDDEN)
    m = X.shape[1]
    dJdWs = []
    dJdbs = []
    G = yhat - Y
    for i in range(len(Ws) - 1, -1, -1):
        dJdWs.insert(0, np.dot(G, hs[i].T) / m)
        dJdbs.insert(0, np.sum(G, axis=1, keepdims=True) / m)
        if i > 0:
            G = np.dot(Ws[i].T, G) * (zs[i - 1] > 0)
    return np.hstack([db.flatten() for db in dJdbs] + [dW.flatten() for dW in dJdWs])
