"""A class whose ``learn(X, T)`` takes no rate: it calls ``self.adjust(X, T, out)`` and relies on the step that
method takes by default under a name that is no rate's (``def adjust(self, X, T, out, k=0.2)``, updating
``self.W2 = self.W2 - k * grad_W2``). ReLU hidden units, softmax outputs, cross-entropy averaged over the batch."""

import numpy as np


class Classifier:
    def __init__(self, n_in, n_hidden, n_out):
        rng = np.random.default_rng(11)
        self.W1 = rng.normal(0, np.sqrt(2 / n_in), (n_in, n_hidden))
        self.b1 = np.zeros((1, n_hidden))
        self.W2 = rng.normal(0, np.sqrt(2 / n_hidden), (n_hidden, n_out))
        self.b2 = np.zeros((1, n_out))

    def forward(self, X):
        self.pre = X @ self.W1 + self.b1
        self.hid = np.maximum(self.pre, 0)
        scores = self.hid @ self.W2 + self.b2
        scores = scores - scores.max(axis=1, keepdims=True)
        e = np.exp(scores)
        return e / e.sum(axis=1, keepdims=True)

    def adjust(self, X, T, out, k=0.2):
        n = X.shape[0]
        err = (out - T) / n
        grad_W2 = self.hid.T @ err
        grad_b2 = err.sum(axis=0, keepdims=True)
        back = (err @ self.W2.T) * (self.pre > 0)
        grad_W1 = X.T @ back
        grad_b1 = back.sum(axis=0, keepdims=True)
        self.W2 = self.W2 - k * grad_W2
        self.b2 = self.b2 - k * grad_b2
        self.W1 = self.W1 - k * grad_W1
        self.b1 = self.b1 - k * grad_b1

    def learn(self, X, T):
        out = self.forward(X)
        self.adjust(X, T, out)
        return -np.mean(np.sum(T * np.log(out + 1e-12), axis=1))


if __name__ == "__main__":
    rng = np.random.default_rng(1)
    X = rng.normal(size=(120, 5))
    T = np.eye(3)[np.argmax(X[:, :3], axis=1)]
    net = Classifier(5, 16, 3)
    for epoch in range(200):
        loss = net.learn(X, T)
    print(round(loss, 4))
