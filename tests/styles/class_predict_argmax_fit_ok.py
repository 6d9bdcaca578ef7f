"""A classifier in the estimator style: no forward method, predict(X) returns np.argmax of the scores, and
fit(X, y) runs its own epochs of mini-batches with the forward and backward written inline. xval reads predict up
to its argmax (the scores) and takes the gradient from fit's update, run for one epoch over the whole batch."""
import numpy as np


class TanhClassifier:
    def __init__(self, n_features, n_hidden, n_classes, eta=0.05, n_epochs=30, batch_size=64, seed=1):
        rng = np.random.default_rng(seed)
        self.w_hidden = rng.normal(0.0, 1.0 / np.sqrt(n_features), (n_features, n_hidden))
        self.b_hidden = np.zeros(n_hidden)
        self.w_out = rng.normal(0.0, 1.0 / np.sqrt(n_hidden), (n_hidden, n_classes))
        self.b_out = np.zeros(n_classes)
        self.eta, self.n_epochs, self.batch_size = eta, n_epochs, batch_size
        self.history = []

    def predict(self, X):
        hidden = np.tanh(X @ self.w_hidden + self.b_hidden)
        logits = hidden @ self.w_out + self.b_out
        return np.argmax(logits, axis=1)

    def fit(self, X, labels):
        n = X.shape[0]
        for _ in range(self.n_epochs):
            order = np.random.permutation(n)
            for start in range(0, n, self.batch_size):
                idx = order[start:start + self.batch_size]
                xb, yb = X[idx], labels[idx]
                hidden = np.tanh(xb @ self.w_hidden + self.b_hidden)
                logits = hidden @ self.w_out + self.b_out
                logits -= logits.max(axis=1, keepdims=True)
                probs = np.exp(logits)
                probs /= probs.sum(axis=1, keepdims=True)
                self.history.append(-np.mean(np.log(probs[np.arange(len(yb)), yb])))
                g_out = probs.copy()
                g_out[np.arange(len(yb)), yb] -= 1.0
                g_out /= len(yb)
                g_hid = (g_out @ self.w_out.T) * (1.0 - hidden ** 2)
                self.w_out -= self.eta * hidden.T @ g_out
                self.b_out -= self.eta * g_out.sum(axis=0)
                self.w_hidden -= self.eta * xb.T @ g_hid
                self.b_hidden -= self.eta * g_hid.sum(axis=0)
        return self


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 8))
    y = (X[:, 0] + X[:, 1] > 0).astype(int) + (X[:, 2] > 1).astype(int)
    model = TanhClassifier(8, 16, 3).fit(X, y)
    print("train accuracy", np.mean(model.predict(X) == y))
