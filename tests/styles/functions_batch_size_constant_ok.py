"""Functions reading a module-level ``BATCH_SIZE`` that the training loop draws each batch by
(``rng.choice(len(X_all), BATCH_SIZE)``): the backward divides by it rather than by its own batch's rows; relu
hidden units, softmax output, mean cross-entropy, parameters in a dict."""

import numpy as np

BATCH_SIZE = 16
STEP = 0.05
rng = np.random.default_rng(7)

X_all = rng.normal(size=(400, 12))
y_all = (X_all[:, :3].argmax(axis=1)).astype(int)

net = {"W1": rng.normal(0, 0.3, (12, 20)), "b1": np.zeros((1, 20)),
       "W2": rng.normal(0, 0.3, (20, 3)), "b2": np.zeros((1, 3))}


def forward(X, net):
    z1 = X @ net["W1"] + net["b1"]
    h1 = np.maximum(z1, 0)
    scores = h1 @ net["W2"] + net["b2"]
    scores = scores - scores.max(axis=1, keepdims=True)
    probs = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    return probs, h1


def backward(X, y, probs, h1, net):
    d_scores = probs.copy()
    d_scores[np.arange(len(y)), y] -= 1
    d_scores /= BATCH_SIZE
    grads = {"W2": h1.T @ d_scores, "b2": d_scores.sum(axis=0, keepdims=True)}
    d_h1 = (d_scores @ net["W2"].T) * (h1 > 0)
    grads["W1"] = X.T @ d_h1
    grads["b1"] = d_h1.sum(axis=0, keepdims=True)
    return grads


for it in range(200):
    pick = rng.choice(len(X_all), BATCH_SIZE)
    X, y = X_all[pick], y_all[pick]
    probs, h1 = forward(X, net)
    loss = -np.log(probs[np.arange(BATCH_SIZE), y]).mean()
    grads = backward(X, y, probs, h1, net)
    for key in net:
        net[key] -= STEP * grads[key]
    if it % 50 == 0:
        print(it, round(float(loss), 4))
