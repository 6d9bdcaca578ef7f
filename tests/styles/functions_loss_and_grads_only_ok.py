"""A course assignment's one function for the loss and the gradients together (`net_loss(params, X, y, reg) ->
(loss, grads)`), written with loops over the samples, beside a `predict` that gives class labels only: no function
gives the probabilities; a params dict, flat biases, integer labels, relu hidden units, softmax, cross-entropy with
an L2 term: correct."""
import numpy as np


def init_params(n_in, n_hidden, n_out, scale=1e-2):
    rng = np.random.default_rng(3)
    return {"W1": scale * rng.standard_normal((n_in, n_hidden)), "b1": np.zeros(n_hidden),
            "W2": scale * rng.standard_normal((n_hidden, n_out)), "b2": np.zeros(n_out)}


def net_loss(params, X, y, reg=0.0):
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    N = X.shape[0]
    hidden_in = X.dot(W1) + b1
    hidden = np.maximum(hidden_in, 0)
    scores = hidden.dot(W2) + b2
    scores -= scores.max(axis=1, keepdims=True)
    probs = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    loss = -np.log(probs[np.arange(N), y]).mean() + 0.5 * reg * (np.sum(W1 ** 2) + np.sum(W2 ** 2))
    dscores = probs.copy()
    for i in range(N):
        dscores[i, y[i]] -= 1
    dscores /= N
    grads = {"W2": hidden.T.dot(dscores) + reg * W2, "b2": dscores.sum(axis=0)}
    dhidden = dscores.dot(W2.T) * (hidden_in > 0)
    grads["W1"] = X.T.dot(dhidden) + reg * W1
    grads["b1"] = dhidden.sum(axis=0)
    return loss, grads


def predict(params, X):
    hidden = np.maximum(X.dot(params["W1"]) + params["b1"], 0)
    return np.argmax(hidden.dot(params["W2"]) + params["b2"], axis=1)


def train(X, y, hidden=32, lr=0.1, reg=1e-4, epochs=10, batch=50):
    params = init_params(X.shape[1], hidden, int(y.max()) + 1)
    for _ in range(epochs):
        for start in range(0, len(X), batch):
            _, grads = net_loss(params, X[start:start + batch], y[start:start + batch], reg)
            for k in params:
                params[k] -= lr * grads[k]
    return params
