"""A class the file only defines: no constructor and no instance, a set-up method of its own to be called by hand
(prepare(self, X, Y, rounds) keeps the data and makes the weights) and a fit(self) that holds the whole step inline
over self.X, tanh hidden units, a softmax output, its loss np.sum(-Y * np.log(P)), a sum over the batch
whose gradient the step takes (no 1/m): correct."""
import numpy as np


class Classifier:
    def prepare(self, X, Y, rounds):
        rng = np.random.default_rng(5)
        self.X, self.Y, self.rounds = X, Y, rounds
        self.n_in, self.n_hid, self.n_out = X.shape[1], 16, Y.shape[1]
        self.W_in = rng.normal(0.0, 0.3, (self.n_in, self.n_hid))
        self.c_in = np.zeros(self.n_hid)
        self.W_out = rng.normal(0.0, 0.3, (self.n_hid, self.n_out))
        self.c_out = np.zeros(self.n_out)
        self.step_size = 0.001

    def softmax(self, S):
        E = np.exp(S - S.max(axis=1, keepdims=True))
        return E / E.sum(axis=1, keepdims=True)

    def fit(self):
        for r in range(self.rounds):
            H = np.tanh(self.X @ self.W_in + self.c_in)
            P = self.softmax(H @ self.W_out + self.c_out)
            G_out = P - self.Y
            G_hid = (G_out @ self.W_out.T) * (1.0 - H ** 2)
            self.W_out -= self.step_size * (H.T @ G_out)
            self.c_out -= self.step_size * G_out.sum(axis=0)
            self.W_in -= self.step_size * (self.X.T @ G_hid)
            self.c_in -= self.step_size * G_hid.sum(axis=0)
            cost = np.sum(-self.Y * np.log(P))
            if r % 100 == 0:
                print("round", r, "loss", cost)
