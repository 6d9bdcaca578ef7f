"""An estimator-like class: the sizes come from the data its fit is given, column-major, a private
_forward(cols) returning (P, Z_list, H_list) and a private _backward(cols, onehot, P, Z_list, H_list) taking the
forward's own input name (one that says nothing of what it holds) and results, beside a public
predict_proba(X); an L2 strength the instance holds (self.lam, a constructor default), added to each weight
gradient and, in a method of its own, to the loss; tanh hidden units, softmax and mean cross-entropy."""
import numpy as np


class TinyClassifier:
    def __init__(self, hidden=(16,), rate=0.05, rounds=30, lam=0.001, seed=0):
        self.hidden = list(hidden)
        self.rate = rate
        self.rounds = rounds
        self.lam = lam
        self.seed = seed

    def _start(self, n_in, n_out):
        gen = np.random.default_rng(self.seed)
        sizes = [n_in, *self.hidden, n_out]
        self.weights = [gen.normal(0, np.sqrt(1 / a), (b, a)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.zeros((b, 1)) for b in sizes[1:]]

    def _forward(self, cols):
        H = cols
        Z_list, H_list = [], [cols]
        for W, b in zip(self.weights[:-1], self.biases[:-1]):
            Z = W @ H + b
            H = np.tanh(Z)
            Z_list.append(Z)
            H_list.append(H)
        Z = self.weights[-1] @ H + self.biases[-1]
        Z_list.append(Z)
        e = np.exp(Z - Z.max(axis=0, keepdims=True))
        return e / e.sum(axis=0, keepdims=True), Z_list, H_list

    def _l2_loss(self):
        return 0.5 * self.lam * sum(np.sum(W * W) for W in self.weights)

    def _cross_entropy(self, onehot, P):
        return -np.mean(np.sum(onehot * np.log(P + 1e-12), axis=0))

    def _backward(self, cols, onehot, P, Z_list, H_list):
        n = cols.shape[1]
        dW_list, db_list = [None] * len(self.weights), [None] * len(self.weights)
        dZ = (P - onehot) / n
        for i in range(len(self.weights) - 1, -1, -1):
            dW_list[i] = dZ @ H_list[i].T + self.lam * self.weights[i]
            db_list[i] = dZ.sum(axis=1, keepdims=True)
            if i > 0:
                dZ = (self.weights[i].T @ dZ) * (1 - H_list[i] ** 2)
        return dW_list, db_list

    def fit(self, X, y):
        cols = X.T
        onehot = np.eye(int(y.max()) + 1)[y].T
        self._start(cols.shape[0], onehot.shape[0])
        for r in range(self.rounds):
            P, Z_list, H_list = self._forward(cols)
            loss = self._cross_entropy(onehot, P) + self._l2_loss()
            dW_list, db_list = self._backward(cols, onehot, P, Z_list, H_list)
            for i in range(len(self.weights)):
                self.weights[i] -= self.rate * dW_list[i]
                self.biases[i] -= self.rate * db_list[i]
        return loss

    def predict_proba(self, X):
        return self._forward(X.T)[0].T

    def predict(self, X):
        return self.predict_proba(X).argmax(axis=1)


if __name__ == "__main__":
    gen = np.random.default_rng(1)
    X = gen.normal(size=(120, 5))
    y = (X[:, 0] > 0).astype(int) + (X[:, 1] > 0).astype(int)
    print(TinyClassifier().fit(X, y))
