"""A class whose constructor requires the spread of its initial weights beside its sizes (`Net(sizes,
init_bound)`, weights drawn uniformly in [-init_bound / 2, init_bound / 2]), lists of weights and biases, a
`predict` then `backprop(X, Y)` returning the gradients as two lists; tanh hidden units, softmax, cross-entropy:
correct."""
import numpy as np


class Net:
    def __init__(self, sizes, init_bound):
        self.Ws = [init_bound * (np.random.random((a, b)) - 0.5) for a, b in zip(sizes[:-1], sizes[1:])]
        self.bs = [np.zeros((1, b)) for b in sizes[1:]]

    def predict(self, X):
        self.outs = [X]
        a = X
        for k, (W, b) in enumerate(zip(self.Ws, self.bs)):
            z = a @ W + b
            if k < len(self.Ws) - 1:
                a = np.tanh(z)
            else:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                a = e / e.sum(axis=1, keepdims=True)
            self.outs.append(a)
        return a

    def backprop(self, X, Y):
        self.predict(X)
        delta = (self.outs[-1] - Y) / X.shape[0]
        gWs, gbs = [], []
        for k in range(len(self.Ws) - 1, -1, -1):
            gWs.insert(0, self.outs[k].T @ delta)
            gbs.insert(0, delta.sum(axis=0, keepdims=True))
            if k > 0:
                delta = (delta @ self.Ws[k].T) * (1.0 - self.outs[k] ** 2)
        return gWs, gbs
