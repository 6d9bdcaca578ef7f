"""The book style where the forward also computes the loss: forward_loss(X, y, weights) -> (info, loss) keeps
every intermediate in a dict under its own letters (M1 = XW1, N1 = M1 + B1, O1 = sigmoid(N1), M2, P), and
loss_gradients(info, weights) returns the gradients under the parameters' own keys; sigmoid hidden units, a linear
output, the loss `np.mean(np.sum(np.power(y - P, 2), axis=1))` (the squared errors summed over the outputs,
averaged over the batch) and its gradient 2 (P - y) / m: correct."""
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def init_weights(n_in, n_hidden, n_out, seed=2):
    rng = np.random.default_rng(seed)
    return {"W1": rng.normal(0.0, 0.3, (n_in, n_hidden)), "B1": np.zeros((1, n_hidden)),
            "W2": rng.normal(0.0, 0.3, (n_hidden, n_out)), "B2": np.zeros((1, n_out))}


def forward_loss(X, y, weights):
    M1 = X @ weights["W1"]
    N1 = M1 + weights["B1"]
    O1 = sigmoid(N1)
    M2 = O1 @ weights["W2"]
    P = M2 + weights["B2"]
    loss = np.mean(np.sum(np.power(y - P, 2), axis=1))
    info = {"X": X, "M1": M1, "N1": N1, "O1": O1, "M2": M2, "P": P, "y": y}
    return info, loss


def loss_gradients(info, weights):
    m = info["X"].shape[0]
    dP = 2.0 * (info["P"] - info["y"]) / m
    grads = {"W2": info["O1"].T @ dP, "B2": dP.sum(axis=0, keepdims=True)}
    dN1 = (dP @ weights["W2"].T) * info["O1"] * (1.0 - info["O1"])
    grads["W1"] = info["X"].T @ dN1
    grads["B1"] = dN1.sum(axis=0, keepdims=True)
    return grads
