"""Layer objects in a course lab's style: a fully connected layer and a ReLU with ``forward(x)`` and
``backward(top_diff)``, and a Softmax layer whose ``backward()`` takes nothing: it is told the labels by another
method, ``loss(label)``, which keeps their one-hot rows and returns the cross-entropy. Read as the network's loss
layer (its labels given through that method). ReLU hidden units, softmax outputs, integer labels, cross-entropy
averaged over the batch."""

import numpy as np


class FullyConnected:
    def __init__(self, n_in, n_out):
        rng = np.random.default_rng(n_in * 7 + n_out)
        self.weight = rng.normal(0, np.sqrt(2 / n_in), (n_in, n_out))
        self.bias = np.zeros((1, n_out))

    def forward(self, x):
        self.x = x
        return x @ self.weight + self.bias

    def backward(self, top_diff):
        self.d_weight = self.x.T @ top_diff
        self.d_bias = top_diff.sum(axis=0, keepdims=True)
        return top_diff @ self.weight.T

    def update(self, lr):
        self.weight -= lr * self.d_weight
        self.bias -= lr * self.d_bias


class ReLU:
    def forward(self, x):
        self.x = x
        return np.maximum(x, 0)

    def backward(self, top_diff):
        return top_diff * (self.x > 0)


class Softmax:
    def forward(self, x):
        shifted = x - x.max(axis=1, keepdims=True)
        e = np.exp(shifted)
        self.prob = e / e.sum(axis=1, keepdims=True)
        return self.prob

    def loss(self, label):
        self.n = self.prob.shape[0]
        self.onehot = np.zeros_like(self.prob)
        self.onehot[np.arange(self.n), label] = 1.0
        return -np.sum(self.onehot * np.log(self.prob + 1e-12)) / self.n

    def backward(self):
        return (self.prob - self.onehot) / self.n


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(120, 6))
    y = np.argmax(X[:, :3], axis=1)
    fc1, act, fc2, head = FullyConnected(6, 16), ReLU(), FullyConnected(16, 3), Softmax()
    for it in range(200):
        head.forward(fc2.forward(act.forward(fc1.forward(X))))
        value = head.loss(y)
        fc1.backward(act.backward(fc2.backward(head.backward())))
        fc1.update(0.2)
        fc2.update(0.2)
    print(round(value, 4))
