"""Class whose forward returns the scores and says so in its docstring ("... before the softmax"), the softmax
applied by its loss and its backward (column-major, W (out, in), integer labels): correct. The docstring's word
is not code: the forward holds no softmax, so its output is the scores and the model softmax + cross-entropy."""
import numpy as np


class ScoreNet:
    def __init__(self, sizes):
        rng = np.random.default_rng(21)
        self.params = {}
        for i, (m, n) in enumerate(zip(sizes[:-1], sizes[1:]), start=1):
            self.params[f"W{i}"] = rng.normal(0.0, np.sqrt(2.0 / m), (n, m))
            self.params[f"b{i}"] = np.zeros((n, 1))
        self.depth = len(sizes) - 1

    def forward(self, X):
        """Return the network's output on X (features, batch): the scores before the softmax layer, which the loss
        applies, and keep each layer's input and pre-activation for backward."""
        self.kept = []
        a = X
        for i in range(1, self.depth + 1):
            z = self.params[f"W{i}"] @ a + self.params[f"b{i}"]
            self.kept.append((a, z))
            a = np.maximum(z, 0.0) if i < self.depth else z
        return a

    def softmax(self, scores):
        e = np.exp(scores - scores.max(axis=0, keepdims=True))
        return e / e.sum(axis=0, keepdims=True)

    def loss(self, scores, y):
        p = self.softmax(scores)
        return -np.mean(np.log(p[y, np.arange(len(y))]))

    def backward(self, scores, y):
        m = len(y)
        delta = self.softmax(scores)
        delta[y, np.arange(m)] -= 1.0
        delta /= m
        grads = {}
        for i in range(self.depth, 0, -1):
            a, z = self.kept[i - 1]
            grads[f"dW{i}"] = delta @ a.T
            grads[f"db{i}"] = delta.sum(axis=1, keepdims=True)
            if i > 1:
                delta = (self.params[f"W{i}"].T @ delta) * (self.kept[i - 2][1] > 0)
        return grads
