"""A homework class trained one sample at a time: its train loop slices each sample out of the data by its index,
``out = self.forward(data[k:k + 1])``, keeps the output's error on the instance, ``self.err = out - onehot[k:k + 1]``,
then calls ``self.backward(data[k:k + 1])``, which reads that error and steps the weights in place (ReLU hidden
units, softmax output, cross-entropy); the rate decays every ten epochs: correct."""
import numpy as np


class TinyClassifier:
    def __init__(self, n_in, n_hidden, n_out, rate=0.01):
        self.rate = rate
        self.W1 = np.random.randn(n_in, n_hidden) * np.sqrt(2.0 / n_in)
        self.b1 = np.zeros((1, n_hidden))
        self.W2 = np.random.randn(n_hidden, n_out) * np.sqrt(1.0 / n_hidden)
        self.b2 = np.zeros((1, n_out))

    def forward(self, data):
        self.pre = data @ self.W1 + self.b1
        self.hid = np.maximum(self.pre, 0.0)
        scores = self.hid @ self.W2 + self.b2
        scores = scores - scores.max(axis=1, keepdims=True)
        self.prob = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
        return self.prob

    def backward(self, data):
        g_out = self.err / len(data)
        g_hid = (g_out @ self.W2.T) * (self.pre > 0)
        self.W2 -= self.rate * self.hid.T @ g_out
        self.b2 -= self.rate * g_out.sum(axis=0, keepdims=True)
        self.W1 -= self.rate * data.T @ g_hid
        self.b1 -= self.rate * g_hid.sum(axis=0, keepdims=True)

    def train(self, data, onehot, epochs=3):
        for epoch in range(epochs):
            if epoch % 10 == 0:
                self.rate *= 0.9
            total = 0.0
            for k in range(len(data)):
                out = self.forward(data[k:k + 1])
                self.err = out - onehot[k:k + 1]
                total -= np.log(out[0, onehot[k].argmax()] + 1e-12)
                self.backward(data[k:k + 1])
            print("epoch", epoch, "loss", total / len(data))


if __name__ == "__main__":
    rng = np.random.default_rng(3)
    data = rng.random((40, 784))
    onehot = np.eye(10)[rng.integers(0, 10, 40)]
    TinyClassifier(784, 32, 10).train(data, onehot)
