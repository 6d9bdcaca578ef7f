"""A class built with the class count first and the input width second (`Classifier(class_count, shape)`, its own
call passing `train_x.shape[1]`), its hidden width fixed at 48; its biases start as the number 0 and become rows
at the first step; `backprop(x, y, lr_rate)` turns integer labels into one-hot rows and divides the rate by the
batch: correct for softmax + cross-entropy (the file defines no loss)."""
import numpy as np


def relu(z):
    return np.maximum(z, 0.0)


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


class Classifier:
    def __init__(self, class_count, shape):
        self.class_count = class_count
        self.w1 = np.random.randn(shape, 48) * np.sqrt(2.0 / shape)
        self.w2 = np.random.randn(48, class_count) * np.sqrt(2.0 / 48)
        self.b1 = 0
        self.b2 = 0

    def feedforward(self, x):
        hidden = relu(x @ self.w1 + self.b1)
        return hidden, softmax(hidden @ self.w2 + self.b2)

    def backprop(self, x, y, lr_rate):
        targets = np.zeros((len(y), self.class_count))
        targets[np.arange(len(y)), y] = 1.0
        hidden, out = self.feedforward(x)
        d_out = out - targets
        d_hidden = (d_out @ self.w2.T) * (x @ self.w1 + self.b1 > 0)
        step = lr_rate / len(y)
        self.w2 = self.w2 - step * hidden.T @ d_out
        self.b2 = self.b2 - step * d_out.sum(axis=0)
        self.w1 = self.w1 - step * x.T @ d_hidden
        self.b1 = self.b1 - step * d_hidden.sum(axis=0)

    def predict(self, x):
        return self.feedforward(x)[1].argmax(axis=1)


if __name__ == "__main__":
    train_x = np.random.rand(200, 784)
    train_y = np.random.randint(0, 10, 200)
    net = Classifier(10, train_x.shape[1])
    for start in range(0, 200, 20):
        net.backprop(train_x[start:start + 20], train_y[start:start + 20], 0.1)
