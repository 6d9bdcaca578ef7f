"""A class that keeps its learning rate private (`self.__rate`, held as `_Learner__rate`) behind a property with a
setter, its layers in private lists, and whose `step(X, Y)` takes no rate: it updates in place with the one it
keeps. ReLU hidden units, softmax over each row, one-hot labels, mean cross-entropy."""
import numpy as np


class Learner:
    def __init__(self, sizes, rate=0.05):
        gen = np.random.default_rng(11)
        self.__weights = [gen.normal(0.0, np.sqrt(2.0 / a), (a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.__biases = [np.zeros(b) for b in sizes[1:]]
        self.__rate = rate
        self.__outs = []

    @property
    def rate(self):
        return self.__rate

    @rate.setter
    def rate(self, value):
        self.__rate = value

    def forward(self, X):
        self.__outs = [X]
        a = X
        for i, (W, b) in enumerate(zip(self.__weights, self.__biases)):
            z = a @ W + b
            if i < len(self.__weights) - 1:
                a = np.maximum(z, 0.0)
            else:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                a = e / e.sum(axis=1, keepdims=True)
            self.__outs.append(a)
        return a

    def step(self, X, Y):
        probs = self.forward(X)
        delta = (probs - Y) / len(X)
        for i in reversed(range(len(self.__weights))):
            grad_W = self.__outs[i].T @ delta
            grad_b = delta.sum(axis=0)
            if i > 0:
                delta = (delta @ self.__weights[i].T) * (self.__outs[i] > 0)
            self.__weights[i] -= self.__rate * grad_W
            self.__biases[i] -= self.__rate * grad_b
