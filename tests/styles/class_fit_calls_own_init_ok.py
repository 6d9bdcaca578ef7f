"""A class built from its hidden widths whose `fit(X, y)` counts the classes in its labels, puts the input and
output widths around its hidden ones and calls a method of its own that draws the weights afresh
(`self._make_weights()`), then trains
`n_iters` full-batch steps: that call is skipped and the count set to the output width, so its loop runs on the
weights checked. ReLU hidden units, softmax output, mean cross-entropy. Correct."""
import numpy as np


class NeuralNetwork:
    def __init__(self, sizes, lr=0.05, n_iters=500):
        self.sizes = list(sizes)
        self.lr = lr
        self.n_iters = n_iters
        self.weights, self.biases = [], []

    def _make_weights(self):
        self.weights, self.biases = [], []
        for n_in, n_out in zip(self.sizes[:-1], self.sizes[1:]):
            self.weights.append(np.random.randn(n_in, n_out) * np.sqrt(2.0 / n_in))
            self.biases.append(np.zeros((1, n_out)))

    def _forward(self, X):
        acts, zs = [X], []
        for k, (W, b) in enumerate(zip(self.weights, self.biases)):
            z = acts[-1] @ W + b
            zs.append(z)
            if k < len(self.weights) - 1:
                acts.append(np.maximum(z, 0))
            else:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                acts.append(e / e.sum(axis=1, keepdims=True))
        return acts, zs

    def _loss(self, probs, onehot):
        return -np.sum(onehot * np.log(probs + 1e-12)) / onehot.shape[0]

    def fit(self, X, y):
        k = len(np.unique(y))
        onehot = np.eye(k)[y]
        self.sizes = [X.shape[1]] + self.sizes + [k]
        self._make_weights()
        for _ in range(self.n_iters):
            acts, zs = self._forward(X)
            delta = (acts[-1] - onehot) / X.shape[0]
            for i in range(len(self.weights) - 1, -1, -1):
                dW = acts[i].T @ delta
                db = delta.sum(axis=0, keepdims=True)
                if i > 0:
                    delta = (delta @ self.weights[i].T) * (zs[i - 1] > 0)
                self.weights[i] -= self.lr * dW
                self.biases[i] -= self.lr * db
        return self


if __name__ == "__main__":
    X = np.random.rand(120, 6)
    y = np.random.randint(0, 3, 120)
    model = NeuralNetwork([16, 8]).fit(X, y)
    print(model._loss(model._forward(X)[0][-1], np.eye(3)[y]))
