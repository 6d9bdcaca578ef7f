"""A binary classifier class whose cross-entropy names the complements before it takes their logs (`q = 1.0 - p`,
`q = np.clip(q, ...)`, then `np.log(q)`) and sums over the batch; its gradient is that sum's (the delta p - t, not
divided by the batch size); tanh hidden units, sigmoid outputs: correct for the loss it defines."""
import numpy as np


class BinaryNet:
    def __init__(self, n_in, n_hidden, n_out, seed=11):
        rng = np.random.default_rng(seed)
        self.W_in = rng.normal(0.0, 1.0 / np.sqrt(n_in), (n_in, n_hidden))
        self.b_in = np.zeros(n_hidden)
        self.W_out = rng.normal(0.0, 1.0 / np.sqrt(n_hidden), (n_hidden, n_out))
        self.b_out = np.zeros(n_out)

    def forward(self, X):
        self.X = X
        self.H = np.tanh(X @ self.W_in + self.b_in)
        self.P = 1.0 / (1.0 + np.exp(-(self.H @ self.W_out + self.b_out)))
        return self.P

    def log_loss(self, T):
        p = self.P
        q = 1.0 - p
        t_bar = 1.0 - T
        p = np.clip(p, 1e-12, None)
        q = np.clip(q, 1e-12, None)
        return -np.sum(T * np.log(p) + t_bar * np.log(q))

    def backward(self, T):
        d_out = self.P - T
        d_hid = (d_out @ self.W_out.T) * (1.0 - self.H ** 2)
        return {"W_out": self.H.T @ d_out, "b_out": d_out.sum(axis=0),
                "W_in": self.X.T @ d_hid, "b_in": d_hid.sum(axis=0)}

    def fit(self, X, T, lr=0.01, epochs=20):
        for epoch in range(epochs):
            self.forward(X)
            print(epoch, self.log_loss(T))
            for name, g in self.backward(T).items():
                setattr(self, name, getattr(self, name) - lr * g)
