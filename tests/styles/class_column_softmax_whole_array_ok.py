"""A textbook per-sample network class over column vectors: forward(a) runs any array through the layers, but its
softmax normalises over the whole array, so it is right for one column (one sample) only, the way the class
always calls it; backprop(x, y) takes one sample and returns (grads_w, grads_b), weight gradients first, and
train_batch averages them. Tanh hidden units, softmax output, the cross-entropy its cost() computes."""
import numpy as np


def softmax_column(v):
    e = np.exp(v - np.max(v))
    return e / np.sum(e)


class Perceptron:
    def __init__(self, widths):
        gen = np.random.default_rng(4)
        self.widths = widths
        self.weights = [gen.normal(0.0, 1.0 / np.sqrt(n), size=(m, n)) for n, m in zip(widths[:-1], widths[1:])]
        self.biases = [np.zeros((m, 1)) for m in widths[1:]]

    def forward(self, a):
        for W, b in zip(self.weights[:-1], self.biases[:-1]):
            a = np.tanh(W @ a + b)
        return softmax_column(self.weights[-1] @ a + self.biases[-1])

    def cost(self, a, y):
        return -float(np.sum(y * np.log(a + 1e-12)))

    def backprop(self, x, y):
        outs, a = [x], x
        for W, b in zip(self.weights[:-1], self.biases[:-1]):
            a = np.tanh(W @ a + b)
            outs.append(a)
        a = softmax_column(self.weights[-1] @ a + self.biases[-1])
        delta = a - y
        grads_w = [None] * len(self.weights)
        grads_b = [None] * len(self.biases)
        for k in range(len(self.weights) - 1, -1, -1):
            grads_w[k] = delta @ outs[k].T
            grads_b[k] = delta
            if k:
                delta = (self.weights[k].T @ delta) * (1.0 - outs[k] ** 2)
        return grads_w, grads_b

    def train_batch(self, xs, ys, eta):
        sum_w = [np.zeros_like(W) for W in self.weights]
        sum_b = [np.zeros_like(b) for b in self.biases]
        for x, y in zip(xs, ys):
            gw, gb = self.backprop(x, y)
            sum_w = [s + g for s, g in zip(sum_w, gw)]
            sum_b = [s + g for s, g in zip(sum_b, gb)]
        self.weights = [W - eta / len(xs) * s for W, s in zip(self.weights, sum_w)]
        self.biases = [b - eta / len(xs) * s for b, s in zip(self.biases, sum_b)]
        return np.mean([self.cost(self.forward(x), y) for x, y in zip(xs, ys)])


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    net = Perceptron([6, 5, 3])
    xs = [gen.normal(size=(6, 1)) for _ in range(12)]
    ys = [np.eye(3)[:, [k]] for k in gen.integers(0, 3, 12)]
    for epoch in range(20):
        print(epoch, net.train_batch(xs, ys, 0.5))
