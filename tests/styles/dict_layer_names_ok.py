"""Weights and biases in two dicts keyed by layer name, not number: weights["hidden"], weights["output"] (and the
same keys for biases and the gradients). forward(X, weights, biases) returns a dict of activations;
backward(X, Y, acts, weights) returns (weight_grads, bias_grads) with those keys: tanh hidden units, softmax
output, mean cross-entropy, one-hot labels: correct."""
import numpy as np

gen = np.random.default_rng(21)
weights = {"hidden": gen.normal(0, 0.05, (784, 64)), "output": gen.normal(0, 0.05, (64, 10))}
biases = {"hidden": np.zeros(64), "output": np.zeros(10)}


def cross_entropy(Y, P):
    return -np.mean(np.sum(Y * np.log(P + 1e-12), axis=1))


def forward(X, weights, biases):
    acts = {"hidden": np.tanh(X @ weights["hidden"] + biases["hidden"])}
    scores = acts["hidden"] @ weights["output"] + biases["output"]
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    acts["output"] = e / e.sum(axis=1, keepdims=True)
    return acts


def backward(X, Y, acts, weights):
    n = len(X)
    d_out = (acts["output"] - Y) / n
    d_hid = (d_out @ weights["output"].T) * (1 - acts["hidden"] ** 2)
    weight_grads = {"output": acts["hidden"].T @ d_out, "hidden": X.T @ d_hid}
    bias_grads = {"output": d_out.sum(axis=0), "hidden": d_hid.sum(axis=0)}
    return weight_grads, bias_grads


def train(X, Y, epochs=10, lr=0.1):
    for _ in range(epochs):
        acts = forward(X, weights, biases)
        print(cross_entropy(Y, acts["output"]))
        weight_grads, bias_grads = backward(X, Y, acts, weights)
        for k in weights:
            weights[k] -= lr * weight_grads[k]
            biases[k] -= lr * bias_grads[k]
