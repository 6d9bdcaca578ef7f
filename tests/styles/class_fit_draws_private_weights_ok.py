"""The estimator whose `fit(X, y)` makes its own weights, with them private (`self.__W_in`, held as
`_SigmoidEstimator__W_in`): before its loop it counts the classes in the labels and draws the weights, then steps
in place over epochs and shuffled mini-batches. The drawing lines are cut from a copy of `fit` compiled as its class
spells private names. Sigmoid hidden units, softmax over each row, integer labels, mean cross-entropy."""
import numpy as np


class SigmoidEstimator:
    def __init__(self, n_hidden=32, n_epochs=10, eta=0.1, batch_size=16, seed=3):
        self.n_hidden = n_hidden
        self.n_epochs = n_epochs
        self.eta = eta
        self.batch_size = batch_size
        self.rng = np.random.RandomState(seed)

    @staticmethod
    def _encode(y, k):
        onehot = np.zeros((len(y), k))
        onehot[np.arange(len(y)), y.astype(int)] = 1.0
        return onehot

    def forward(self, X):
        a_in = 1.0 / (1.0 + np.exp(-(X @ self.__W_in + self.__b_in)))
        s = a_in @ self.__W_out + self.__b_out
        e = np.exp(s - s.max(axis=1, keepdims=True))
        probs = e / e.sum(axis=1, keepdims=True)
        return a_in, probs

    def fit(self, X, y):
        n_classes = np.unique(y).shape[0]
        self.__W_in = self.rng.normal(0.0, 0.1, (X.shape[1], self.n_hidden))
        self.__b_in = np.zeros(self.n_hidden)
        self.__W_out = self.rng.normal(0.0, 0.1, (self.n_hidden, n_classes))
        self.__b_out = np.zeros(n_classes)
        Y = self._encode(y, n_classes)
        self.history = []
        for epoch in range(self.n_epochs):
            order = self.rng.permutation(len(X))
            for start in range(0, len(X), self.batch_size):
                rows = order[start:start + self.batch_size]
                a_in, probs = self.forward(X[rows])
                g_out = (probs - Y[rows]) / len(rows)
                g_in = (g_out @ self.__W_out.T) * a_in * (1.0 - a_in)
                self.__W_out -= self.eta * (a_in.T @ g_out)
                self.__b_out -= self.eta * g_out.sum(axis=0)
                self.__W_in -= self.eta * (X[rows].T @ g_in)
                self.__b_in -= self.eta * g_in.sum(axis=0)
            _, probs = self.forward(X)
            self.history.append(-np.mean(np.log(probs[np.arange(len(y)), y.astype(int)] + 1e-12)))
        return self

    def predict(self, X):
        return np.argmax(self.forward(X)[1], axis=1)


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    X = gen.random((200, 784))
    y = gen.integers(0, 10, 200)
    print(SigmoidEstimator().fit(X, y).history[-1])
