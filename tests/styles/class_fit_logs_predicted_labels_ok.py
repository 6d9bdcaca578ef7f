"""A classifier class with no forward of its own name: predict(X) ends in `return np.argmax(probs, axis=1)`, and fit
runs the layers inline, steps, and every tenth epoch logs its accuracy through self.predict (the labels predict
returns compared with the one-hot rows' argmax). Sigmoid hidden units, softmax + cross-entropy, the mean over the
batch: correct."""
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


def softmax(v):
    e = np.exp(v - v.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


class Classifier:
    def __init__(self, n_in, n_hidden, n_out, lr=0.5, seed=0):
        rng = np.random.default_rng(seed)
        self.lr = lr
        self.W1 = rng.normal(0, 1 / np.sqrt(n_in), (n_in, n_hidden))
        self.b1 = np.zeros(n_hidden)
        self.W2 = rng.normal(0, 1 / np.sqrt(n_hidden), (n_hidden, n_out))
        self.b2 = np.zeros(n_out)
        self.history = []

    def fit(self, X, Y, epochs=100):
        for epoch in range(epochs):
            h = sigmoid(X @ self.W1 + self.b1)
            p = softmax(h @ self.W2 + self.b2)
            d2 = (p - Y) / len(X)
            d1 = d2 @ self.W2.T * h * (1 - h)
            self.W2 -= self.lr * h.T @ d2
            self.b2 -= self.lr * d2.sum(axis=0)
            self.W1 -= self.lr * X.T @ d1
            self.b1 -= self.lr * d1.sum(axis=0)
            if epoch % 10 == 0:
                accuracy = np.mean(self.predict(X) == Y.argmax(axis=1))
                self.history.append(accuracy)

    def predict(self, X):
        h = sigmoid(X @ self.W1 + self.b1)
        probs = softmax(h @ self.W2 + self.b2)
        return np.argmax(probs, axis=1)


if __name__ == "__main__":
    rng = np.random.default_rng(2)
    data = rng.normal(size=(300, 4))
    labels = (data[:, 0] > 0).astype(int) + (data[:, 1] > 0)
    model = Classifier(4, 12, 3)
    model.fit(data, np.eye(3)[labels], epochs=200)
    print(model.history[-1])
