"""Bug: a sigmoid-output classifier class built by its own call with ten outputs (`Net(784, 64, 10, 0.5)`) whose
per-record step multiplies the output error by the hidden values element by element (`(err * hidden)[:, None]`),
which broadcasts only for one output unit: with ten its step raises. Its own call gives the output count, so it is
not built again with one output: the raise is the finding. Sigmoid hidden units and outputs, one-hot labels."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class Net:
    def __init__(self, n_in, n_hidden, n_out, lr):
        gen = np.random.default_rng(9)
        self.w_ih = gen.normal(0.0, n_in ** -0.5, (n_in, n_hidden))
        self.w_ho = gen.normal(0.0, n_hidden ** -0.5, (n_hidden, n_out))
        self.lr = lr

    def predict(self, features):
        return sigmoid(sigmoid(features @ self.w_ih) @ self.w_ho)

    def train(self, features, targets):
        step_ih = np.zeros_like(self.w_ih)
        step_ho = np.zeros_like(self.w_ho)
        for x, y in zip(features, targets):
            hidden = sigmoid(x @ self.w_ih)
            out = sigmoid(hidden @ self.w_ho)
            err = (y - out) * out * (1.0 - out)
            back = (self.w_ho @ err) * hidden * (1.0 - hidden)
            step_ho += (err * hidden)[:, None]
            step_ih += back * x[:, None]
        self.w_ho += self.lr * step_ho / len(features)
        self.w_ih += self.lr * step_ih / len(features)


if __name__ == "__main__":
    net = Net(784, 64, 10, 0.5)
