"""A class whose `backward(rate=0.1, beta=0.9)` takes no data: it reads the batch from `self.inputs` and
`self.targets`, which only `fit` sets (the constructor leaves them None), keeps an exponential moving average of
each gradient (`v = beta * v + (1 - beta) * g`) and rebinds `self.params` to a new dict at every step. Sigmoid
hidden units, softmax over each row, mean cross-entropy over the batch."""
import numpy as np


class SigmoidNet:
    def __init__(self, n_in, n_hidden, n_out, seed=3):
        rng = np.random.default_rng(seed)
        self.params = {"W1": rng.normal(0.0, 1.0 / np.sqrt(n_in), (n_in, n_hidden)),
                       "b1": np.zeros((1, n_hidden)),
                       "W2": rng.normal(0.0, 1.0 / np.sqrt(n_hidden), (n_hidden, n_out)),
                       "b2": np.zeros((1, n_out))}
        self.velocity = {k: np.zeros_like(v) for k, v in self.params.items()}
        self.memo = {}
        self.inputs = None
        self.targets = None

    def forward(self, X):
        h = 1.0 / (1.0 + np.exp(-(X @ self.params["W1"] + self.params["b1"])))
        s = h @ self.params["W2"] + self.params["b2"]
        e = np.exp(s - s.max(axis=1, keepdims=True))
        p = e / e.sum(axis=1, keepdims=True)
        self.memo = {"h": h, "p": p}
        return p

    def backward(self, rate=0.1, beta=0.9):
        n = self.inputs.shape[0]
        h, p = self.memo["h"], self.memo["p"]
        d2 = (p - self.targets) / n
        d1 = (d2 @ self.params["W2"].T) * h * (1.0 - h)
        grads = {"W2": h.T @ d2, "b2": d2.sum(axis=0, keepdims=True),
                 "W1": self.inputs.T @ d1, "b1": d1.sum(axis=0, keepdims=True)}
        for k, g in grads.items():
            self.velocity[k] = beta * self.velocity[k] + (1.0 - beta) * g
        self.params = {k: w - rate * self.velocity[k] for k, w in self.params.items()}

    def fit(self, X, Y, epochs=5, batch=32):
        for epoch in range(epochs):
            for i in range(0, len(X), batch):
                self.inputs, self.targets = X[i:i + batch], Y[i:i + batch]
                p = self.forward(self.inputs)
                self.backward()
            print(epoch, -np.mean(np.sum(self.targets * np.log(p + 1e-12), axis=1)))


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    X = gen.random((256, 784))
    Y = np.eye(10)[gen.integers(0, 10, 256)]
    SigmoidNet(784, 64, 10).fit(X, Y)
