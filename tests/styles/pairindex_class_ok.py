"""A class whose backward takes the batch as one pair and reads it by index: gradients(self, batch) with
batch[0] the inputs and batch[1] the integer labels, returning (grad_weights, grad_biases) lists; feedforward(X);
ReLU hidden units, softmax output, cross-entropy: correct."""
import numpy as np


class PairNet:
    def __init__(self, sizes):
        rng = np.random.default_rng(11)
        self.weights = [rng.normal(0.0, np.sqrt(2.0 / a), (a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.zeros((1, b)) for b in sizes[1:]]

    def feedforward(self, X):
        out = X
        for W, b in zip(self.weights[:-1], self.biases[:-1]):
            out = np.maximum(out @ W + b, 0.0)
        logits = out @ self.weights[-1] + self.biases[-1]
        e = np.exp(logits - logits.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def gradients(self, batch):
        inputs, labels = batch[0], batch[1]
        layer_in, pre = [inputs], []
        for W, b in zip(self.weights, self.biases):
            pre.append(layer_in[-1] @ W + b)
            layer_in.append(np.maximum(pre[-1], 0.0))
        e = np.exp(pre[-1] - pre[-1].max(axis=1, keepdims=True))
        delta = e / e.sum(axis=1, keepdims=True)
        delta[np.arange(len(labels)), labels] -= 1.0
        delta /= len(labels)
        gw, gb = [None] * len(self.weights), [None] * len(self.weights)
        for k in range(len(self.weights) - 1, -1, -1):
            gw[k] = layer_in[k].T @ delta
            gb[k] = delta.sum(axis=0, keepdims=True)
            if k:
                delta = (delta @ self.weights[k].T) * (pre[k - 1] > 0)
        return gw, gb
