"""A class handed its data and the width of its one hidden layer by a numbered name: `Net(x, y, layer1Size)`
keeps the batch as `self.input` and `self.y`, and `feedforward()` and `backprop()` take no arguments. Biases in
`self.bias1`, `self.bias2`; ReLU units, softmax over each row, one-hot labels, mean cross-entropy; `backprop`
steps the weights at the rate kept in `self.rate`."""
import numpy as np


class Net:
    def __init__(self, x, y, layer1Size, rate=0.1):
        rng = np.random.default_rng(4)
        self.input, self.y, self.rate = x, y, rate
        self.weights1 = rng.normal(0.0, np.sqrt(2.0 / x.shape[1]), (x.shape[1], layer1Size))
        self.bias1 = np.zeros(layer1Size)
        self.weights2 = rng.normal(0.0, np.sqrt(1.0 / layer1Size), (layer1Size, y.shape[1]))
        self.bias2 = np.zeros(y.shape[1])
        self.output = np.zeros(y.shape)

    def feedforward(self):
        self.pre1 = self.input @ self.weights1 + self.bias1
        self.layer1 = np.maximum(self.pre1, 0.0)
        s = self.layer1 @ self.weights2 + self.bias2
        e = np.exp(s - s.max(axis=1, keepdims=True))
        self.output = e / e.sum(axis=1, keepdims=True)
        return self.output

    def backprop(self):
        delta2 = (self.output - self.y) / len(self.input)
        delta1 = (delta2 @ self.weights2.T) * (self.pre1 > 0)
        self.weights2 -= self.rate * (self.layer1.T @ delta2)
        self.bias2 -= self.rate * delta2.sum(axis=0)
        self.weights1 -= self.rate * (self.input.T @ delta1)
        self.bias1 -= self.rate * delta1.sum(axis=0)


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    x = gen.random((64, 784))
    y = np.eye(10)[gen.integers(0, 10, 64)]
    net = Net(x, y, 32)
    for i in range(50):
        p = net.feedforward()
        net.backprop()
    print(-np.mean(np.sum(y * np.log(p), axis=1)))
