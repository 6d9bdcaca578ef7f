"""A class whose methods hold nothing: the weights travel as arguments, stored (inputs + 1, outputs) with the bias
as row 0, and the samples come one at a time as vectors whose first entry the caller has set to 1. `feedforward(x,
w_ih, w_ho)` puts a 1 before the tanh hidden values and returns the softmax output with them (`h_b`);
`backprop(x, h_b, w_ho, y_hat, y)` takes a one-hot label vector and builds its outer products from one-row
arrays, so a batch breaks it; the training loop hands it `xs[i]`. Its cross-entropy is the one sample's."""
import numpy as np


class TinyNet:
    def softmax(self, s):
        e = np.exp(s - np.max(s, axis=0))
        return e / e.sum(axis=0)

    def loss(self, y, y_hat):
        return -np.dot(y, np.log(y_hat))

    def feedforward(self, x, w_ih, w_ho):
        h = np.tanh(np.dot(w_ih.T, x))
        h_b = np.insert(h, 0, 1.0, axis=0)
        y_hat = self.softmax(np.dot(w_ho.T, h_b))
        return y_hat, h_b

    def backprop(self, x, h_b, w_ho, y_hat, y):
        g_out = np.array([y_hat - y])
        g_ho = np.dot(np.array([h_b]).T, g_out)
        g_h = np.dot(g_out, w_ho[1:].T) * (1.0 - h_b[1:] ** 2)
        g_ih = np.dot(np.array([x]).T, g_h)
        return g_ih, g_ho

    def train(self, xs, ys, hidden, lr, epochs):
        rng = np.random.default_rng(3)
        w_ih = rng.uniform(-0.1, 0.1, (xs.shape[1], hidden))
        w_ho = rng.uniform(-0.1, 0.1, (hidden + 1, ys.shape[1]))
        for _ in range(epochs):
            for i in range(len(xs)):
                y_hat, h_b = self.feedforward(xs[i], w_ih, w_ho)
                g_ih, g_ho = self.backprop(xs[i], h_b, w_ho, y_hat, ys[i])
                w_ih = w_ih - lr * g_ih
                w_ho = w_ho - lr * g_ho
        return w_ih, w_ho


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    xs = np.insert(rng.random((40, 784)), 0, 1.0, axis=1)
    ys = np.eye(10)[rng.integers(0, 10, 40)]
    TinyNet().train(xs, ys, 24, 0.05, 2)
