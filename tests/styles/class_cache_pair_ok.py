"""A class whose forward returns the probabilities and a cache that is a pair of lists (every layer's output, the
input first; every pre-activation), which backward(cache, X, Y_onehot, decay=0.0) takes apart with
`outs, pre = cache` and returns two lists of gradients: ReLU hidden units, softmax output, mean cross-entropy:
correct."""
import numpy as np


class DeepClassifier:
    def __init__(self, widths, seed=0):
        gen = np.random.default_rng(seed)
        self.W = [gen.normal(0.0, np.sqrt(2.0 / m), (m, n)) for m, n in zip(widths[:-1], widths[1:])]
        self.b = [np.zeros((1, n)) for n in widths[1:]]

    def forward(self, X):
        outs, pre = [X], []
        for k, (W, b) in enumerate(zip(self.W, self.b)):
            z = outs[-1] @ W + b
            pre.append(z)
            if k < len(self.W) - 1:
                outs.append(np.maximum(z, 0.0))
            else:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                outs.append(e / e.sum(axis=1, keepdims=True))
        return outs[-1], (outs, pre)

    def backward(self, cache, X, Y_onehot, decay=0.0):
        outs, pre = cache
        gW, gb = [None] * len(self.W), [None] * len(self.b)
        delta = (outs[-1] - Y_onehot) / X.shape[0]
        for k in range(len(self.W) - 1, -1, -1):
            gW[k] = outs[k].T @ delta + decay * self.W[k]
            gb[k] = delta.sum(axis=0, keepdims=True)
            if k > 0:
                delta = (delta @ self.W[k].T) * (pre[k - 1] > 0)
        return gW, gb
