"""A course's handout again, the other way round: `nn_forward(x, labels, alpha, beta)` takes rows of inputs that
already start with a ones column, computes `alpha.dot(x.T)` (every later value a column per sample), puts a ones
row on the sigmoid hidden values, and returns all its intermediates as one tuple; `nn_backward(fwd_object)` unpacks
that tuple and returns `g_alpha, g_beta`. One-hot `labels` as columns (classes, batch), the batch-mean cross-entropy."""
import numpy as np


def nn_forward(x, labels, alpha, beta):
    a = alpha.dot(x.T)
    z = np.vstack([np.ones((1, a.shape[1])), 1.0 / (1.0 + np.exp(-a))])
    b = beta.dot(z)
    e = np.exp(b - b.max(axis=0, keepdims=True))
    y_hat = e / e.sum(axis=0, keepdims=True)
    J = -np.sum(labels * np.log(y_hat)) / labels.shape[1]
    fwd_object = (x, a, z, b, y_hat, J, labels, beta)
    return fwd_object


def nn_backward(fwd_object):
    x, a, z, b, y_hat, J, labels, beta = fwd_object
    g_b = (y_hat - labels) / labels.shape[1]
    g_beta = g_b.dot(z.T)
    g_z = beta[:, 1:].T.dot(g_b)
    s = z[1:]
    g_a = g_z * s * (1.0 - s)
    g_alpha = g_a.dot(x)
    return g_alpha, g_beta


if __name__ == "__main__":
    rng = np.random.default_rng(8)
    x = np.hstack([np.ones((50, 1)), rng.random((50, 784))])
    labels = np.eye(10)[:, rng.integers(0, 10, 50)]
    alpha = rng.uniform(-0.1, 0.1, (16, 785))
    beta = rng.uniform(-0.1, 0.1, (10, 17))
    for epoch in range(5):
        o = nn_forward(x, labels, alpha, beta)
        g_alpha, g_beta = nn_backward(o)
        alpha -= 0.1 * g_alpha
        beta -= 0.1 * g_beta
        print(epoch, o[5])
