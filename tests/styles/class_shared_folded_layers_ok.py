"""A homework network that keeps its two folded matrices itself (`self.alpha` (hidden, input + 1), `self.beta`
(classes, hidden + 1), each bias as column 0) and builds its layers from those very arrays: `Affine(self.alpha)`
puts a row of ones on top of its column-major input and stores its weight's gradient as `self.dW` on
`backward(delta)`. `forward(x)` runs the layers and a softmax over each column; `backward(labels)` stores the
gradients in the layers and `step()` applies them. Its loss class sums the cross-entropy over the batch, and the
gradients are that sum's (not divided by the batch size)."""
import numpy as np


class Affine:
    def __init__(self, W):
        self.W = W
        self.dW = np.zeros_like(W)

    def forward(self, x):
        self.x_ones = np.insert(x, 0, 1.0, axis=0)
        return self.W @ self.x_ones

    def backward(self, delta):
        self.dW = delta @ self.x_ones.T
        return self.W[:, 1:].T @ delta


class Logistic:
    def forward(self, v):
        self.out = 1.0 / (1.0 + np.exp(-v))
        return self.out

    def backward(self, delta):
        return delta * self.out * (1.0 - self.out)


class CrossEntropyLoss:
    def forward(self, probs, labels):
        return -np.sum(labels * np.log(probs))


class TwoLayer:
    def __init__(self, n_in, n_hidden, n_out, lr=0.1, seed=5):
        rng = np.random.default_rng(seed)
        self.alpha = rng.uniform(-0.1, 0.1, (n_hidden, n_in + 1))
        self.beta = rng.uniform(-0.1, 0.1, (n_out, n_hidden + 1))
        self.first, self.act, self.second = Affine(self.alpha), Logistic(), Affine(self.beta)
        self.criterion = CrossEntropyLoss()
        self.lr = lr

    def forward(self, x):
        s = self.second.forward(self.act.forward(self.first.forward(x)))
        e = np.exp(s - s.max(axis=0, keepdims=True))
        self.probs = e / e.sum(axis=0, keepdims=True)
        return self.probs

    def backward(self, labels):
        delta = self.probs - labels
        delta = self.act.backward(self.second.backward(delta))
        self.first.backward(delta)

    def step(self):
        self.alpha -= self.lr * self.first.dW
        self.beta -= self.lr * self.second.dW


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.random((784, 30))
    Y = np.eye(10)[:, rng.integers(0, 10, 30)]
    net = TwoLayer(784, 16, 10)
    for i in range(30):
        net.forward(X[:, i:i + 1])
        net.backward(Y[:, i:i + 1])
        net.step()
    print(net.criterion.forward(net.forward(X), Y))
