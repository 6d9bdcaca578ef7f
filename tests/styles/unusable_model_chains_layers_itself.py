"""Exit 2: a layer kit (an affine layer whose backward is handed its own input back, a ReLU layer) whose model class
chains the layers' backward one by one in its train method, from an output gradient it writes inline
(`grad_scores = probs - onehot`): the layers agree with the oracles under xval's loss, but the chaining and that
line are the file's own, not run, so the file gets no verdict rather than a pass."""
import numpy as np


class Affine:
    def __init__(self, n_in, n_out):
        self.W = np.random.randn(n_in, n_out) * np.sqrt(2.0 / n_in)
        self.b = np.zeros(n_out)

    def forward(self, inputs):
        return inputs @ self.W + self.b

    def backward(self, grad_out, inputs, lr=0.0):
        self.dW = inputs.T @ grad_out
        self.db = grad_out.sum(axis=0)
        grad_in = grad_out @ self.W.T
        self.W -= lr * self.dW
        self.b -= lr * self.db
        return grad_in


class Relu:
    def forward(self, z):
        self.mask = z > 0
        return z * self.mask

    def backward(self, grad_out):
        return grad_out * self.mask


class TwoLayerModel:
    def __init__(self, n_in, n_hidden, n_out):
        self.fc1, self.act, self.fc2 = Affine(n_in, n_hidden), Relu(), Affine(n_hidden, n_out)

    def train(self, xb, onehot, lr):
        h = self.act.forward(self.fc1.forward(xb))
        scores = self.fc2.forward(h)
        e = np.exp(scores - scores.max(axis=1, keepdims=True))
        probs = e / e.sum(axis=1, keepdims=True)
        grad_scores = probs - onehot
        grad_h = self.fc2.backward(grad_scores, h, lr)
        self.fc1.backward(self.act.backward(grad_h), xb, lr)
