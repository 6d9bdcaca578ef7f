"""A class written with Polish names: `Siec(rozmiary_warstw)` (layer sizes), weight and bias lists `wagi` and
`biasy`, `propagacja_w_przod(X)` (forward) and `propagacja_wsteczna(X, y)` (backward) returning the gradients.
Row-major batches, tanh hidden units, softmax output, cross-entropy averaged over the batch (`strata`)."""
import numpy as np


class Siec:
    def __init__(self, rozmiary_warstw, ziarno=0):
        gen = np.random.default_rng(ziarno)
        self.wagi = [gen.normal(0, np.sqrt(1 / n), (n, k)) for n, k in zip(rozmiary_warstw, rozmiary_warstw[1:])]
        self.biasy = [np.zeros((1, k)) for k in rozmiary_warstw[1:]]

    def propagacja_w_przod(self, X):
        self.aktywacje = [X]
        for i, (W, b) in enumerate(zip(self.wagi, self.biasy)):
            z = self.aktywacje[-1] @ W + b
            if i == len(self.wagi) - 1:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                self.aktywacje.append(e / e.sum(axis=1, keepdims=True))
            else:
                self.aktywacje.append(np.tanh(z))
        return self.aktywacje[-1]

    def strata(self, p, y):
        return -np.mean(np.log(p[np.arange(len(y)), y]))

    def propagacja_wsteczna(self, X, y):
        p = self.propagacja_w_przod(X)
        delta = p.copy()
        delta[np.arange(len(y)), y] -= 1
        delta /= len(y)
        grad_wagi, grad_biasy = [], []
        for i in reversed(range(len(self.wagi))):
            grad_wagi.insert(0, self.aktywacje[i].T @ delta)
            grad_biasy.insert(0, delta.sum(axis=0, keepdims=True))
            if i > 0:
                delta = (delta @ self.wagi[i].T) * (1 - self.aktywacje[i] ** 2)
        return grad_wagi, grad_biasy
