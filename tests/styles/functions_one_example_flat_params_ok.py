"""Functions of a course assignment's classifier of any depth, one example at a time: `params` is one list
`[W1, b1, W2, b2, ...]` of any length that the code indexes by position (`params[2 * k]`, `params[2 * k + 1]`,
`len(params) // 2` layers); `loss_and_gradients(x, y, params)` takes one example as a vector and its label as a
number, and forms the output layer's weight gradient column by column (`gW[:, y] -= h`), which a label held in an
array of one would turn into a matrix. Tanh hidden units, softmax output, cross-entropy."""
import numpy as np


def softmax(v):
    e = np.exp(v - np.max(v))
    return e / np.sum(e)


def classifier_output(x, params):
    h = np.asarray(x, dtype=float)
    layers = len(params) // 2
    for k in range(layers):
        z = np.dot(h, params[2 * k]) + params[2 * k + 1]
        h = np.tanh(z) if k < layers - 1 else softmax(z)
    return h


def loss_and_gradients(x, y, params):
    layers = len(params) // 2
    hs = [np.asarray(x, dtype=float)]
    for k in range(layers - 1):
        hs.append(np.tanh(np.dot(hs[-1], params[2 * k]) + params[2 * k + 1]))
    probs = softmax(np.dot(hs[-1], params[-2]) + params[-1])
    loss = -np.log(probs[y])
    gb = probs.copy()
    gb[y] -= 1
    gW = np.outer(hs[-1], probs)
    gW[:, y] -= hs[-1]
    grads = [gW, gb]
    for k in range(layers - 2, -1, -1):
        gb = np.dot(params[2 * (k + 1)], gb) * (1 - hs[k + 1] ** 2)
        gW = np.outer(hs[k], gb)
        grads = [gW, gb] + grads
    return loss, grads
