"""A classifier class keeping one dict per layer (``self.layers[i]["W"]``, ``["b"]``), tanh hidden units and a
softmax output. forward(X) returns its pre-activations and activations; backward(pre, acts, y) returns one dict
of gradients per layer and one-hots the integer labels with the module's own helper ``one_hot``, a function
whose name reads like the labels. fit(...) trains with Adam, so its change is not a gradient step: the gradient
is read from backward."""
import numpy as np


def one_hot(labels, k):
    out = np.zeros((labels.shape[0], k))
    out[np.arange(labels.shape[0]), labels] = 1.0
    return out


def softmax_rows(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


class TanhClassifier:
    def __init__(self, widths, seed=3):
        gen = np.random.default_rng(seed)
        self.layers = [{"W": gen.normal(0.0, np.sqrt(1.0 / a), size=(a, b)), "b": np.zeros((1, b))}
                       for a, b in zip(widths[:-1], widths[1:])]
        self.moments = [{"m": np.zeros_like(d["W"]), "v": np.zeros_like(d["W"])} for d in self.layers]

    def forward(self, X):
        pre, acts = [], [X]
        for i, layer in enumerate(self.layers):
            z = acts[-1] @ layer["W"] + layer["b"]
            pre.append(z)
            acts.append(softmax_rows(z) if i == len(self.layers) - 1 else np.tanh(z))
        return pre, acts

    def backward(self, pre, acts, y):
        n = y.shape[0]
        delta = (acts[-1] - one_hot(y, acts[-1].shape[1])) / n
        grads = []
        for i in range(len(self.layers) - 1, -1, -1):
            grads.insert(0, {"dW": acts[i].T @ delta, "db": delta.sum(axis=0, keepdims=True)})
            if i > 0:
                delta = (delta @ self.layers[i]["W"].T) * (1.0 - acts[i] ** 2)
        return grads

    def fit(self, X, y, lr=1e-3, epochs=5, beta1=0.9, beta2=0.999):
        for t in range(1, epochs + 1):
            pre, acts = self.forward(X)
            for layer, mom, g in zip(self.layers, self.moments, self.backward(pre, acts, y)):
                mom["m"] = beta1 * mom["m"] + (1 - beta1) * g["dW"]
                mom["v"] = beta2 * mom["v"] + (1 - beta2) * g["dW"] ** 2
                step = (mom["m"] / (1 - beta1 ** t)) / (np.sqrt(mom["v"] / (1 - beta2 ** t)) + 1e-8)
                layer["W"] -= lr * step
                layer["b"] -= lr * g["db"]
