"""Functions of a course assignment's one-hidden-layer classifier of one example at a time:
`classifier_output(x, params)` with `params = [W, b, U, b_tag]` (unpacked so: names that do not number their
layers, each weight multiplied and each bias added), `loss_and_gradients(x, y, params)` for one example `x` (a
vector) and its integer label `y`, returning `loss, [gW, gb, gU, gb_tag]` as a list written out. Tanh hidden
units, softmax output, cross-entropy."""
import numpy as np


def softmax(v):
    e = np.exp(v - v.max())
    return e / e.sum()


def classifier_output(x, params):
    W, b, U, b_tag = params
    hidden = np.tanh(np.dot(x, W) + b)
    return softmax(np.dot(hidden, U) + b_tag)


def predict(x, params):
    return np.argmax(classifier_output(x, params))


def loss_and_gradients(x, y, params):
    W, b, U, b_tag = params
    hidden = np.tanh(np.dot(x, W) + b)
    probs = softmax(np.dot(hidden, U) + b_tag)
    loss = -np.log(probs[y])
    d_out = probs.copy()
    d_out[y] -= 1.0
    gU = np.outer(hidden, d_out)
    gb_tag = d_out
    d_hidden = np.dot(U, d_out) * (1.0 - hidden ** 2)
    gW = np.outer(x, d_hidden)
    gb = d_hidden
    return loss, [gW, gb, gU, gb_tag]


def create_classifier(in_dim, hid_dim, out_dim):
    rng = np.random.default_rng(0)
    return [rng.uniform(-0.1, 0.1, (in_dim, hid_dim)), np.zeros(hid_dim),
            rng.uniform(-0.1, 0.1, (hid_dim, out_dim)), np.zeros(out_dim)]
