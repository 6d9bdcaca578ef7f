"""A class handed its layer sizes under a name that says nothing of sizes (`Net(config, rate=0.05)`, called as
`Net([4, 8, 3])`), kept as `self.config` and read only by index where another method makes the weights
(`rng.standard_normal((self.config[k], self.config[k + 1]))`); row-major, `train_step(X, T)` on one-hot targets steps
in place. Sigmoid hidden units, softmax output, mean cross-entropy."""
import numpy as np


class Net:
    def __init__(self, config, rate=0.05):
        self.config = config
        self.depth = len(config) - 1
        self.rate = rate
        self.Ws, self.bs = [], []
        self.build()

    def build(self, seed=7):
        rng = np.random.default_rng(seed)
        for k in range(self.depth):
            self.Ws.append(rng.standard_normal((self.config[k], self.config[k + 1])) * 0.3)
            self.bs.append(np.zeros(self.config[k + 1]))

    @staticmethod
    def squash(z):
        return 1.0 / (1.0 + np.exp(-z))

    def run(self, X):
        outs = [X]
        for k in range(self.depth):
            z = outs[-1] @ self.Ws[k] + self.bs[k]
            if k < self.depth - 1:
                outs.append(self.squash(z))
            else:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                outs.append(e / e.sum(axis=1, keepdims=True))
        return outs

    def predict(self, X):
        return self.run(X)[-1]

    def train_step(self, X, T):
        outs = self.run(X)
        err = (outs[-1] - T) / X.shape[0]
        for k in reversed(range(self.depth)):
            gW = outs[k].T @ err
            gb = err.sum(axis=0)
            if k > 0:
                err = (err @ self.Ws[k].T) * outs[k] * (1.0 - outs[k])
            self.Ws[k] -= self.rate * gW
            self.bs[k] -= self.rate * gb


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.standard_normal((32, 4))
    T = np.eye(3)[rng.integers(0, 3, 32)]
    net = Net([4, 8, 3])
    for _ in range(100):
        net.train_step(X, T)
    print("accuracy", (net.predict(X).argmax(axis=1) == T.argmax(axis=1)).mean())
