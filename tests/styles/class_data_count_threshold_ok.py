"""A class built from its training data and a stopping threshold (``Trainer(X, Y, hidden, batch_size, rate,
max_epochs, threshold)``) that keeps the data's row count (``self.n_train_samples``) and splits that many rows into
``n_train_samples // batch_size`` mini-batches in ``fit()``, stopping once its loss changes by less than the
threshold. ReLU hidden units, softmax + mean cross-entropy: correct."""
import numpy as np


class Trainer:
    def __init__(self, X, Y, hidden, batch_size, rate, max_epochs, threshold):
        self.X, self.Y = X, Y
        self.n_train_samples = X.shape[0]
        self.batch_size, self.rate = batch_size, rate
        self.max_epochs, self.threshold = max_epochs, threshold
        self.W1 = np.random.randn(X.shape[1], hidden) * np.sqrt(2.0 / X.shape[1])
        self.b1 = np.zeros(hidden)
        self.W2 = np.random.randn(hidden, Y.shape[1]) * np.sqrt(2.0 / hidden)
        self.b2 = np.zeros(Y.shape[1])

    def forward(self, X):
        self.H = np.maximum(X @ self.W1 + self.b1, 0.0)
        S = self.H @ self.W2 + self.b2
        E = np.exp(S - S.max(axis=1, keepdims=True))
        return E / E.sum(axis=1, keepdims=True)

    def fit(self):
        previous = np.inf
        for _ in range(self.max_epochs):
            batches = np.array_split(np.arange(self.n_train_samples), self.n_train_samples // self.batch_size)
            total = 0.0
            for rows in batches:
                Xb, Yb = self.X[rows], self.Y[rows]
                P = self.forward(Xb)
                total += -np.mean(np.sum(Yb * np.log(P + 1e-12), axis=1))
                D2 = (P - Yb) / len(rows)
                D1 = (D2 @ self.W2.T) * (self.H > 0)
                self.W2 -= self.rate * (self.H.T @ D2)
                self.b2 -= self.rate * D2.sum(axis=0)
                self.W1 -= self.rate * (Xb.T @ D1)
                self.b1 -= self.rate * D1.sum(axis=0)
            if abs(previous - total) < self.threshold:
                break
            previous = total
