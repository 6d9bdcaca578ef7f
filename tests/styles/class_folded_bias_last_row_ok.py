"""A class holding its layers as one list of matrices each one row longer than its inputs, the bias in the last
row (a ones column joined after each layer's input); forward(batch) returns its lists of layer outputs and sums,
X_list (the batch first) and S_list, which backward(X_list, S_list, Y) takes to return one gradient matrix per
layer, bias row included. ReLU hidden units, softmax + cross-entropy averaged over the batch: correct."""
import numpy as np


class FoldedMLP:
    def __init__(self, sizes):
        self.weights = [np.random.randn(a + 1, b) * np.sqrt(2.0 / (a + 1)) for a, b in zip(sizes[:-1], sizes[1:])]

    @staticmethod
    def _ones_after(A):
        return np.concatenate([A, np.ones((A.shape[0], 1))], axis=1)

    def forward(self, batch):
        X_list, S_list = [batch], []
        for k, W in enumerate(self.weights):
            S = self._ones_after(X_list[-1]) @ W
            S_list.append(S)
            if k < len(self.weights) - 1:
                X_list.append(np.maximum(S, 0))
            else:
                E = np.exp(S - S.max(axis=1, keepdims=True))
                X_list.append(E / E.sum(axis=1, keepdims=True))
        return X_list, S_list

    def backward(self, X_list, S_list, Y):
        n = Y.shape[0]
        delta = (X_list[-1] - Y) / n
        grads = [None] * len(self.weights)
        for k in reversed(range(len(self.weights))):
            grads[k] = self._ones_after(X_list[k]).T @ delta
            if k > 0:
                delta = (delta @ self.weights[k][:-1].T) * (S_list[k - 1] > 0)
        return grads
