"""An estimator-style class trained by `fit(X_train, y_train, X_valid, y_valid)`: it scores the validation set
each epoch, draws its weights in `fit` from the data's sizes, and steps on mini-batches with the gradient of its
cost, a binary cross-entropy summed over the batch plus an L2 term (`return data + penalty`, off by default);
sigmoid units, integer labels one-hot encoded inside: correct."""
import numpy as np


class SigmoidMLP:
    def __init__(self, hidden=32, l2=0.0, epochs=10, lr=0.01, batch_size=20, seed=1):
        self.hidden, self.l2, self.epochs, self.lr, self.batch_size = hidden, l2, epochs, lr, batch_size
        self.rng = np.random.RandomState(seed)

    @staticmethod
    def _sigmoid(z):
        return 1.0 / (1.0 + np.exp(-np.clip(z, -250, 250)))

    def _forward(self, X):
        z1 = X @ self.W1 + self.b1
        a1 = self._sigmoid(z1)
        z2 = a1 @ self.W2 + self.b2
        return z1, a1, z2, self._sigmoid(z2)

    def cost(self, Y, P):
        data = -np.sum(Y * np.log(P) + (1.0 - Y) * np.log(1.0 - P))
        penalty = self.l2 * (np.sum(self.W1 ** 2) + np.sum(self.W2 ** 2))
        return data + penalty

    def predict(self, X):
        return np.argmax(self._forward(X)[2], axis=1)

    def fit(self, X_train, y_train, X_valid, y_valid):
        n_classes = np.unique(y_train).shape[0]
        self.W1 = self.rng.normal(0.0, 0.1, (X_train.shape[1], self.hidden))
        self.b1 = np.zeros(self.hidden)
        self.W2 = self.rng.normal(0.0, 0.1, (self.hidden, n_classes))
        self.b2 = np.zeros(n_classes)
        Y = np.eye(n_classes)[y_train]
        for epoch in range(self.epochs):
            for start in range(0, X_train.shape[0], self.batch_size):
                rows = slice(start, start + self.batch_size)
                z1, a1, z2, p = self._forward(X_train[rows])
                d2 = p - Y[rows]
                d1 = (d2 @ self.W2.T) * a1 * (1.0 - a1)
                gW2 = a1.T @ d2 + 2.0 * self.l2 * self.W2
                gW1 = X_train[rows].T @ d1 + 2.0 * self.l2 * self.W1
                self.W2 -= self.lr * gW2
                self.b2 -= self.lr * d2.sum(axis=0)
                self.W1 -= self.lr * gW1
                self.b1 -= self.lr * d1.sum(axis=0)
            cost = self.cost(Y, self._forward(X_train)[3])
            accuracy = np.mean(self.predict(X_valid) == y_valid)
            print(f"epoch {epoch}: cost {cost:.3f}, validation accuracy {accuracy:.3f}")
        return self
