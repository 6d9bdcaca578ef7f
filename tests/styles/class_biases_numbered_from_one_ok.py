"""A network whose bare ``initialize()`` method makes its parameters after the constructor, counting its
weights from the input layer (``self.W["W0"]``) and its biases from the first layer they belong to
(``self.B["b1"]``), and whose ``backward`` stores its gradients under the same numbers (``self.grads["dW0"]``,
``self.grads["db1"]``); relu hidden units, softmax output, mean cross-entropy."""

import numpy as np


class DenseNet:
    def __init__(self, widths):
        self.widths = widths
        self.W = {}
        self.B = {}
        self.grads = {}
        self.memo = {}

    def initialize(self, seed=0):
        rng = np.random.default_rng(seed)
        for k in range(len(self.widths) - 1):
            fan_in = self.widths[k]
            self.W[f"W{k}"] = rng.normal(0.0, np.sqrt(2.0 / fan_in), (fan_in, self.widths[k + 1]))
            self.B[f"b{k + 1}"] = np.zeros(self.widths[k + 1])

    def forward(self, X):
        depth = len(self.widths) - 1
        self.memo = {"a0": X}
        a = X
        for k in range(1, depth + 1):
            z = a @ self.W[f"W{k - 1}"] + self.B[f"b{k}"]
            self.memo[f"z{k}"] = z
            if k < depth:
                a = np.maximum(z, 0.0)
            else:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                a = e / e.sum(axis=1, keepdims=True)
            self.memo[f"a{k}"] = a
        return a

    def loss(self, probs, onehot):
        return -np.mean(np.sum(onehot * np.log(probs + 1e-12), axis=1))

    def backward(self, onehot):
        depth = len(self.widths) - 1
        delta = (self.memo[f"a{depth}"] - onehot) / onehot.shape[0]
        for k in range(depth, 0, -1):
            self.grads[f"dW{k - 1}"] = self.memo[f"a{k - 1}"].T @ delta
            self.grads[f"db{k}"] = delta.sum(axis=0)
            if k > 1:
                delta = (delta @ self.W[f"W{k - 1}"].T) * (self.memo[f"z{k - 1}"] > 0)

    def update(self, rate):
        for k in range(1, len(self.widths)):
            self.W[f"W{k - 1}"] -= rate * self.grads[f"dW{k - 1}"]
            self.B[f"b{k}"] -= rate * self.grads[f"db{k}"]


if __name__ == "__main__":
    rng = np.random.default_rng(1)
    X = rng.normal(size=(40, 5))
    onehot = np.eye(3)[rng.integers(0, 3, 40)]
    net = DenseNet([5, 8, 3])
    net.initialize()
    for _ in range(30):
        p = net.forward(X)
        net.backward(onehot)
        net.update(0.2)
    print(net.loss(net.forward(X), onehot))
