"""A course skeleton's network: forward(inputs) keeps its activations, backward() takes nothing and reads the error
train left in self.error, and train(inputs, labels) runs self.num_step epochs over the samples one by one. xval
runs train's error statement before each call of backward, one sample per call, and takes the gradient from the
updates."""
import numpy as np


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def der_sigmoid(y):
    return y * (1.0 - y)


class SimpleNet:
    def __init__(self, hidden_size, num_step=2000, print_interval=100):
        self.num_step = num_step
        self.print_interval = print_interval
        self.learning_rate = 0.5
        self.W1 = np.random.randn(2, hidden_size)
        self.b1 = np.zeros((1, hidden_size))
        self.W2 = np.random.randn(hidden_size, hidden_size)
        self.b2 = np.zeros((1, hidden_size))
        self.W3 = np.random.randn(hidden_size, 1)
        self.b3 = np.zeros((1, 1))

    def forward(self, inputs):
        self.x = inputs
        self.a1 = sigmoid(inputs @ self.W1 + self.b1)
        self.a2 = sigmoid(self.a1 @ self.W2 + self.b2)
        self.a3 = sigmoid(self.a2 @ self.W3 + self.b3)
        return self.a3

    def backward(self):
        d3 = self.error * der_sigmoid(self.a3)
        d2 = (d3 @ self.W3.T) * der_sigmoid(self.a2)
        d1 = (d2 @ self.W2.T) * der_sigmoid(self.a1)
        self.W3 -= self.learning_rate * self.a2.T @ d3
        self.b3 -= self.learning_rate * d3.sum(axis=0, keepdims=True)
        self.W2 -= self.learning_rate * self.a1.T @ d2
        self.b2 -= self.learning_rate * d2.sum(axis=0, keepdims=True)
        self.W1 -= self.learning_rate * self.x.T @ d1
        self.b1 -= self.learning_rate * d1.sum(axis=0, keepdims=True)

    def train(self, inputs, labels):
        n = inputs.shape[0]
        for epochs in range(self.num_step):
            for idx in range(n):
                self.output = self.forward(inputs[idx:idx + 1, :])
                self.error = self.output - labels[idx:idx + 1, :]
                self.backward()
            if epochs % self.print_interval == 0:
                loss = np.mean((self.forward(inputs) - labels) ** 2) / 2
                print("epoch", epochs, "loss", loss)


if __name__ == "__main__":
    X = np.random.rand(100, 2)
    Y = (X[:, :1] > X[:, 1:]).astype(float)
    net = SimpleNet(10, num_step=200)
    net.train(X, Y)
