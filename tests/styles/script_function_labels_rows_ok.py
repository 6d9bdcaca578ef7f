"""A notebook's module-level weights (W (out, in)), a forward(X) that takes rows and transposes them inside, so its
activations are columns, a gradients(X, targets, probs, hidden) that subtracts targets.T from the output, and a
fit(X, targets, epochs, lr) stepping the globals. Its one-hot targets are rows (batch, classes), as the data cell
makes them; nothing in the loop itself says so. Mean cross-entropy: correct."""
import numpy as np

rng = np.random.default_rng(8)
n_in, n_hid, n_out = 6, 5, 4
W1 = rng.normal(0.0, np.sqrt(2.0 / n_in), (n_hid, n_in))
b1 = np.zeros((n_hid, 1))
W2 = rng.normal(0.0, np.sqrt(2.0 / n_hid), (n_out, n_hid))
b2 = np.zeros((n_out, 1))


def forward(X):
    hidden = np.maximum(W1 @ X.T + b1, 0.0)
    scores = W2 @ hidden + b2
    e = np.exp(scores - scores.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True), hidden


def gradients(X, targets, probs, hidden):
    n = X.shape[0]
    err_out = probs - targets.T
    g_Wb = err_out @ hidden.T / n
    g_cb = err_out.sum(axis=1, keepdims=True) / n
    err_hid = (W2.T @ err_out) * (hidden > 0)
    g_Wa = err_hid @ X / n
    g_ca = err_hid.sum(axis=1, keepdims=True) / n
    return g_Wb, g_cb, g_Wa, g_ca


def fit(X, targets, epochs, lr):
    global W1, b1, W2, b2
    for epoch in range(epochs):
        probs, hidden = forward(X)
        g_Wb, g_cb, g_Wa, g_ca = gradients(X, targets, probs, hidden)
        W2 -= lr * g_Wb
        b2 -= lr * g_cb
        W1 -= lr * g_Wa
        b1 -= lr * g_ca
        loss = -np.mean(np.sum(targets * np.log(probs.T + 1e-12), axis=1))
        print(f"epoch {epoch}: {loss:.4f}")
