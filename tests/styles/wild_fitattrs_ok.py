"""A scikit-learn-like estimator: MLP(n_features, n_labels) fixes two hidden layers of its own sizes and keeps its
epochs and batch size as attributes; loss(x, y) gives the loss alone (a number, not gradients); predict(x) the
probabilities; fit(x_train, labels) runs its epochs of shuffled mini-batches, each step the mean gradient.
Sigmoid hidden units, softmax + mean cross-entropy, integer labels: correct."""
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def softmax(v):
    e = np.exp(v - v.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


class MLP:
    def __init__(self, n_features, n_labels):
        self.sizes = [n_features, 64, 32, n_labels]
        self.epochs, self.batch_size, self.learning_rate = 25, 50, 0.05
        rng = np.random.default_rng(1)
        self.w1 = rng.normal(0, 1 / np.sqrt(n_features), (n_features, 64))
        self.w2 = rng.normal(0, 1 / 8, (64, 32))
        self.w3 = rng.normal(0, 1 / np.sqrt(32), (32, n_labels))
        self.b1, self.b2, self.b3 = np.zeros((1, 64)), np.zeros((1, 32)), np.zeros((1, n_labels))

    def predict(self, x):
        h1 = sigmoid(x @ self.w1 + self.b1)
        h2 = sigmoid(h1 @ self.w2 + self.b2)
        return softmax(h2 @ self.w3 + self.b3)

    def loss(self, x, y):
        p = self.predict(x)
        return float(-np.mean(np.log(p[np.arange(len(y)), y] + 1e-12)))

    def fit(self, x_train, labels):
        n = x_train.shape[0]
        onehot = np.eye(self.sizes[-1])[labels]
        for epoch in range(self.epochs):
            order = np.random.permutation(n)
            for start in range(0, n, self.batch_size):
                idx = order[start:start + self.batch_size]
                x, t = x_train[idx], onehot[idx]
                h1 = sigmoid(x @ self.w1 + self.b1)
                h2 = sigmoid(h1 @ self.w2 + self.b2)
                out = softmax(h2 @ self.w3 + self.b3)
                d3 = (out - t) / len(idx)
                d2 = d3 @ self.w3.T * h2 * (1 - h2)
                d1 = d2 @ self.w2.T * h1 * (1 - h1)
                self.w3 -= self.learning_rate * h2.T @ d3
                self.b3 -= self.learning_rate * d3.sum(axis=0, keepdims=True)
                self.w2 -= self.learning_rate * h1.T @ d2
                self.b2 -= self.learning_rate * d2.sum(axis=0, keepdims=True)
                self.w1 -= self.learning_rate * x.T @ d1
                self.b1 -= self.learning_rate * d1.sum(axis=0, keepdims=True)
            print("epoch", epoch, "loss", self.loss(x_train, labels))
