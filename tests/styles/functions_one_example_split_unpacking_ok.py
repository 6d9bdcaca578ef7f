"""The same one-example assignment written with a helper per layer, each unpacking only its own part of `params`
(`W, b, _, _ = params` in `hidden_layer(x, params)`, `_, _, U, b_tag = params` in `classifier_output`), weights as
(out, in) matrices multiplying the example (`np.dot(W, x)`), and the gradients returned in a list of names of the
loss's derivative (`[dL_dW, dL_db, dL_dU, dL_db_tag]`). Tanh hidden units, softmax output, cross-entropy."""
import numpy as np


def softmax(v):
    shifted = np.exp(v - np.max(v))
    return shifted / shifted.sum()


def hidden_layer(x, params):
    W, b, _, _ = params
    return np.tanh(np.dot(W, x) + b)


def classifier_output(x, params):
    _, _, U, b_tag = params
    return softmax(np.dot(U, hidden_layer(x, params)) + b_tag)


def loss_and_gradients(x, y, params):
    _, _, U, _ = params
    h = hidden_layer(x, params)
    probs = classifier_output(x, params)
    loss = -np.log(probs[y])
    dL_dz = probs.copy()
    dL_dz[y] -= 1
    dL_dU = np.outer(dL_dz, h)
    dL_db_tag = dL_dz
    dL_dh = np.dot(U.T, dL_dz) * (1 - h ** 2)
    dL_dW = np.outer(dL_dh, x)
    dL_db = dL_dh
    return loss, [dL_dW, dL_db, dL_dU, dL_db_tag]
