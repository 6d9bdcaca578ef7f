"""A network written for Python 2, as older course code still is: print statements, xrange, `except E, e`,
and a class whose forward and backward are named fprop and bprop (rows in, gradients as a list)."""
import numpy as np


class TwoLayerMLP:
    def __init__(self, n_in, n_hidden, n_out, lr=0.1):
        self.lr = lr
        bound = 1. / np.sqrt(n_in)
        self.W1 = np.random.uniform(-bound, bound, (n_in, n_hidden))
        self.b1 = np.zeros(n_hidden)
        self.W2 = np.random.uniform(-bound, bound, (n_hidden, n_out))
        self.b2 = np.zeros(n_out)
        print "built a %d-%d-%d network" % (n_in, n_hidden, n_out)

    def fprop(self, X):
        self.h_pre = X.dot(self.W1) + self.b1
        self.h = np.maximum(self.h_pre, 0)
        scores = self.h.dot(self.W2) + self.b2
        scores = scores - scores.max(axis=1, keepdims=True)
        e = np.exp(scores)
        self.probs = e / e.sum(axis=1, keepdims=True)
        return self.probs

    def bprop(self, X, labels):
        n = X.shape[0]
        d_scores = self.probs.copy()
        d_scores[np.arange(n), labels] -= 1
        d_scores /= n
        gW2 = self.h.T.dot(d_scores)
        gb2 = d_scores.sum(axis=0)
        d_h = d_scores.dot(self.W2.T) * (self.h_pre > 0)
        gW1 = X.T.dot(d_h)
        gb1 = d_h.sum(axis=0)
        return [gW1, gb1, gW2, gb2]

    def loss(self, X, labels):
        p = self.fprop(X)
        return -np.mean(np.log(p[np.arange(X.shape[0]), labels]))

    def train(self, X, labels, epochs=10, batch=32):
        for epoch in xrange(epochs):
            for start in xrange(0, X.shape[0], batch):
                xb, yb = X[start:start + batch], labels[start:start + batch]
                self.fprop(xb)
                grads = self.bprop(xb, yb)
                for p, g in zip([self.W1, self.b1, self.W2, self.b2], grads):
                    p -= self.lr * g
            try:
                print "epoch", epoch, "loss", self.loss(X, labels)
            except FloatingPointError, err:
                print >>sys.stderr, "loss overflowed:", err
