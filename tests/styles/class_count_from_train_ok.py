"""A class whose sample count is an attribute only its training loop sets: the constructor leaves
`self.n_samples = 0`, `train(X, labels, n_samples, iterations)` stores the count it is given, and `backward(X, labels)`
asserts it is set and divides by it. Tanh hidden units, softmax over each row, integer labels, mean
cross-entropy; the backward steps the weights and rebinds `self.weights` to a new dict."""
import numpy as np


class TanhClassifier:
    def __init__(self, n_in, n_hidden, n_out, lr=0.05):
        rng = np.random.default_rng(7)
        self.weights = {"W1": rng.normal(0.0, 0.1, (n_in, n_hidden)), "b1": np.zeros(n_hidden),
                        "W2": rng.normal(0.0, 0.1, (n_hidden, n_out)), "b2": np.zeros(n_out)}
        self.lr = lr
        self.n_samples = 0
        self.saved = {}

    def forward(self, X):
        h = np.tanh(X @ self.weights["W1"] + self.weights["b1"])
        s = h @ self.weights["W2"] + self.weights["b2"]
        s = s - s.max(axis=1, keepdims=True)
        p = np.exp(s) / np.exp(s).sum(axis=1, keepdims=True)
        self.saved = {"h": h, "p": p}
        return p

    def backward(self, X, labels):
        assert self.n_samples != 0, "train() sets the sample count"
        h, p = self.saved["h"], self.saved["p"]
        g = p.copy()
        g[np.arange(len(labels)), labels] -= 1.0
        g = g / self.n_samples
        gh = (g @ self.weights["W2"].T) * (1.0 - h ** 2)
        W1, b1, W2, b2 = self.weights["W1"], self.weights["b1"], self.weights["W2"], self.weights["b2"]
        W2 = W2 - self.lr * (h.T @ g)
        b2 = b2 - self.lr * g.sum(axis=0)
        W1 = W1 - self.lr * (X.T @ gh)
        b1 = b1 - self.lr * gh.sum(axis=0)
        self.weights = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}

    def train(self, X, labels, n_samples, iterations=20000, verbose=False):
        self.n_samples = n_samples
        for r in range(iterations):
            p = self.forward(X)
            self.backward(X, labels)
            if verbose and r % 1000 == 0:
                print(r, -np.mean(np.log(p[np.arange(n_samples), labels] + 1e-12)))
        self.trained = True


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    X = gen.random((150, 784))
    labels = gen.integers(0, 10, 150)
    TanhClassifier(784, 32, 10).train(X, labels, len(X), 200, True)
