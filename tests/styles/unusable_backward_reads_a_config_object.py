"""Exit 2: backward(nn_model, probs, hidden, params) reads its data and settings as attributes of a configuration
object (nn_model.inputs, nn_model.labels, nn_model.rate) that only the file's own set-up builds from its data: no
dict xval could pass stands for it, so passing one would blame the file for xval's guess."""
import numpy as np


class Setup:
    def __init__(self, inputs, labels, rate=0.05):
        self.inputs, self.labels, self.rate = inputs, labels, rate
        self.count = len(inputs)


def forward(params, X):
    hidden = np.tanh(X @ params["W1"] + params["b1"])
    scores = hidden @ params["W2"] + params["b2"]
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    probs = e / e.sum(axis=1, keepdims=True)
    return probs, hidden


def backward(nn_model, probs, hidden, params):
    delta = probs.copy()
    delta[np.arange(nn_model.count), nn_model.labels] -= 1.0
    delta /= nn_model.count
    grads = {"W2": hidden.T @ delta, "b2": delta.sum(axis=0, keepdims=True)}
    back = (delta @ params["W2"].T) * (1.0 - hidden ** 2)
    grads["W1"] = nn_model.inputs.T @ back
    grads["b1"] = back.sum(axis=0, keepdims=True)
    for key in params:
        params[key] -= nn_model.rate * grads[key]
    return grads
