"""One sample at a time, as a course handout has it: the caller puts a 1 before each row's features (the bias
trick), so `forward_one(x, label, alpha, beta)` takes a (1, 785) row and its integer label alone; alpha (hidden,
input + 1) and beta (classes, hidden + 1) carry their biases as column 0. Its softmax sums over the whole array
(right for one row only) and it marks the label in a one-hot vector of its own, returned beside the output.
`backward_one(x, output, onehot, alpha, beta, hid_b, hid)` takes that output and the hidden values with their 1
(`hid_b`, a name that reads like a bias) and returns `dJ_dB, g_alpha`: the output layer's gradient first, under
a name that says no layer."""
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def forward_one(x, label, alpha, beta):
    hid = sigmoid(x @ alpha.T)
    hid_b = np.insert(hid, 0, 1.0, axis=1)
    scores = hid_b @ beta.T
    e = np.exp(scores - np.max(scores))
    output = e / np.sum(e)
    onehot = np.zeros(output.shape[1])
    onehot[int(label)] = 1.0
    return output, onehot, hid_b, hid


def backward_one(x, output, onehot, alpha, beta, hid_b, hid):
    g_scores = output - onehot
    dJ_dB = g_scores.T @ hid_b
    g_hid = (g_scores @ beta[:, 1:]) * hid * (1.0 - hid)
    g_alpha = g_hid.T @ x
    return dJ_dB, g_alpha


if __name__ == "__main__":
    rng = np.random.default_rng(7)
    X = np.insert(rng.random((50, 784)), 0, 1.0, axis=1)
    labels = rng.integers(0, 10, 50)
    alpha = rng.uniform(-0.1, 0.1, (32, 785))
    beta = rng.uniform(-0.1, 0.1, (10, 33))
    for epoch in range(3):
        for i in range(len(X)):
            output, onehot, hid_b, hid = forward_one(X[i:i + 1], labels[i], alpha, beta)
            dJ_dB, g_alpha = backward_one(X[i:i + 1], output, onehot, alpha, beta, hid_b, hid)
            alpha -= 0.1 * g_alpha
            beta -= 0.1 * dJ_dB
