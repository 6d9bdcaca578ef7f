"""A course's two-layer network named by its handout: `alpha` (hidden, input + 1) and `beta` (classes, hidden + 1),
each with its bias as column 0, and no learning rate beside them. `forward_pass(X, labels, alpha, beta)` puts a
column of ones before the inputs and before the sigmoid hidden values, and returns every intermediate with the
mean cross-entropy; `backward_pass(X, labels, alpha, beta, z, probs)` takes the hidden values with their ones
column as `z` (the forward returns them as `z_ones`) and returns `d_alpha, d_beta`. Integer labels."""
import numpy as np


def with_ones(m):
    return np.hstack([np.ones((m.shape[0], 1)), m])


def forward_pass(X, labels, alpha, beta):
    x1 = with_ones(X)
    a = x1 @ alpha.T
    z_ones = with_ones(1.0 / (1.0 + np.exp(-a)))
    b = z_ones @ beta.T
    e = np.exp(b - b.max(axis=1, keepdims=True))
    probs = e / e.sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(probs[np.arange(len(labels)), labels]))
    return x1, a, z_ones, b, probs, loss


def backward_pass(X, labels, alpha, beta, z, probs):
    g_b = probs.copy()
    g_b[np.arange(len(labels)), labels] -= 1.0
    g_b /= len(labels)
    d_beta = g_b.T @ z
    g_z = g_b @ beta[:, 1:]
    hidden = z[:, 1:]
    g_a = g_z * hidden * (1.0 - hidden)
    d_alpha = g_a.T @ with_ones(X)
    return d_alpha, d_beta


if __name__ == "__main__":
    rng = np.random.default_rng(4)
    X = rng.random((64, 784))
    labels = rng.integers(0, 10, 64)
    alpha = rng.uniform(-0.1, 0.1, (32, 785))
    beta = rng.uniform(-0.1, 0.1, (10, 33))
    for epoch in range(10):
        _, _, z, _, probs, loss = forward_pass(X, labels, alpha, beta)
        d_alpha, d_beta = backward_pass(X, labels, alpha, beta, z, probs)
        alpha -= 0.5 * d_alpha
        beta -= 0.5 * d_beta
        print(epoch, loss)
