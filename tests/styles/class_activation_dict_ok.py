"""A constructor that requires one activation name per layer, looked up in a module-level dict whose keys are the
only names it knows ("relu", "sigmoid": no softmax); a sigmoid output with the mean binary cross-entropy, the
gradients returned as lists: correct."""
import numpy as np


def relu(z):
    return np.maximum(z, 0.0)


def relu_slope(z):
    return (z > 0).astype(float)


def logistic(z):
    return 1.0 / (1.0 + np.exp(-z))


def logistic_slope(z):
    s = logistic(z)
    return s * (1.0 - s)


FUNCS = {"relu": (relu, relu_slope), "sigmoid": (logistic, logistic_slope)}


class Net:
    def __init__(self, sizes, acts):
        rng = np.random.default_rng(7)
        self.Ws = [rng.normal(0, np.sqrt(2 / a), (a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.bs = [np.zeros((1, b)) for b in sizes[1:]]
        self.funcs = [FUNCS[name] for name in acts]

    def forward(self, X):
        self.inputs, self.pre = [X], []
        for W, b, (f, _) in zip(self.Ws, self.bs, self.funcs):
            self.pre.append(self.inputs[-1] @ W + b)
            self.inputs.append(f(self.pre[-1]))
        return self.inputs[-1]

    def bce(self, Y):
        p = self.inputs[-1]
        return -np.mean(np.sum(Y * np.log(p) + (1 - Y) * np.log(1 - p), axis=1))

    def backward(self, Y):
        delta = (self.inputs[-1] - Y) / len(Y)
        dWs, dbs = [], []
        for k in reversed(range(len(self.Ws))):
            dWs.insert(0, self.inputs[k].T @ delta)
            dbs.insert(0, delta.sum(axis=0, keepdims=True))
            if k:
                delta = (delta @ self.Ws[k].T) * self.funcs[k - 1][1](self.pre[k - 1])
        return dWs, dbs

    def fit(self, X, Y, rate=0.1, epochs=50):
        for _ in range(epochs):
            self.forward(X)
            print(self.bce(Y))
            dWs, dbs = self.backward(Y)
            for k in range(len(self.Ws)):
                self.Ws[k] -= rate * dWs[k]
                self.bs[k] -= rate * dbs[k]
