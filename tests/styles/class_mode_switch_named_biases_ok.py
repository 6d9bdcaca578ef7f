"""A lab's regression class whose forward and backward take a mode word and branch on it (forward(self, x, mode):
if mode == "sigmoid": ... elif mode == "tanh": ...), the file's own call passing mode="tanh"; its weights and biases
named by the layers they join (weights_input_hidden_1, bias_hidden_1_hidden_2, bias_hidden_2_output). Two hidden
layers, one sigmoid output, the mean squared error and its derivative divided by the batch: correct."""
import numpy as np


class Regressor:
    def __init__(self, n_in, n_h1, n_h2, n_out, rate):
        rng = np.random.default_rng(3)
        self.rate = rate
        self.weights_input_hidden_1 = rng.normal(0, 0.5, (n_in, n_h1))
        self.weights_hidden_1_hidden_2 = rng.normal(0, 0.5, (n_h1, n_h2))
        self.weights_hidden_2_output = rng.normal(0, 0.5, (n_h2, n_out))
        self.bias_input_hidden_1 = np.zeros(n_h1)
        self.bias_hidden_1_hidden_2 = np.zeros(n_h2)
        self.bias_hidden_2_output = np.zeros(n_out)

    @staticmethod
    def squash(v):
        return 1.0 / (1.0 + np.exp(-v))

    def unit(self, v, mode):
        if mode == "sigmoid":
            return self.squash(v)
        elif mode == "tanh":
            return np.tanh(v)
        return v

    def unit_slope(self, out, mode):
        if mode == "sigmoid":
            return out * (1.0 - out)
        elif mode == "tanh":
            return 1.0 - out ** 2
        return np.ones_like(out)

    def forward(self, x, mode):
        self.x = x
        self.h1 = self.unit(x @ self.weights_input_hidden_1 + self.bias_input_hidden_1, mode)
        self.h2 = self.unit(self.h1 @ self.weights_hidden_1_hidden_2 + self.bias_hidden_1_hidden_2, mode)
        self.out = self.squash(self.h2 @ self.weights_hidden_2_output + self.bias_hidden_2_output)
        return self.out

    def loss(self, target, pred):
        return np.mean((target - pred) ** 2)

    def backward(self, target, pred, mode):
        n = target.shape[0]
        d_out = -2.0 * (target - pred) / n * pred * (1.0 - pred)
        d_h2 = d_out @ self.weights_hidden_2_output.T * self.unit_slope(self.h2, mode)
        d_h1 = d_h2 @ self.weights_hidden_1_hidden_2.T * self.unit_slope(self.h1, mode)
        self.weights_hidden_2_output -= self.rate * self.h2.T @ d_out
        self.bias_hidden_2_output -= self.rate * d_out.sum(axis=0)
        self.weights_hidden_1_hidden_2 -= self.rate * self.h1.T @ d_h2
        self.bias_hidden_1_hidden_2 -= self.rate * d_h2.sum(axis=0)
        self.weights_input_hidden_1 -= self.rate * self.x.T @ d_h1
        self.bias_input_hidden_1 -= self.rate * d_h1.sum(axis=0)

    def train(self, x, y, epochs, mode):
        for _ in range(epochs):
            pred = self.forward(x, mode)
            self.backward(y, pred, mode)
        return self.forward(x, mode)


if __name__ == "__main__":
    xs = np.random.default_rng(0).uniform(-1, 1, (64, 2))
    ys = (xs[:, :1] * xs[:, 1:] > 0).astype(float)
    net = Regressor(2, 8, 8, 1, 0.5)
    net.train(xs, ys, epochs=2000, mode="tanh")
