"""A homework class built from its dimensions under their textbook letters, `TwoLayer(d, d1, k)` (input d, hidden
d1, k classes), no biases; `forward(x)` on one column sample keeps its layers on the instance, `backward(x, y)`
stores `self.w1_grads`, `self.w2_grads` formed with np.outer for `step()` to apply. Sigmoid hidden units, a softmax
over the sample's outputs, the cross-entropy its `ce` computes."""
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def softmax(z):
    e = np.exp(z - np.max(z))
    return e / np.sum(e)


def ce(pred, y):
    return -np.sum(y * np.log(pred + 1e-12))


class TwoLayer:
    def __init__(self, d, d1, k, lr=0.05):
        gen = np.random.default_rng(d1)
        self.w1 = gen.uniform(-1, 1, (d1, d)) / np.sqrt(d)
        self.w2 = gen.uniform(-1, 1, (k, d1)) / np.sqrt(d1)
        self.lr = lr

    def forward(self, x):
        self.a1 = sigmoid(self.w1 @ x)
        self.y_pred = softmax(self.w2 @ self.a1)
        return self.y_pred

    def backward(self, x, y):
        g2 = self.y_pred - y
        self.w2_grads = np.outer(g2, self.a1)
        g1 = (self.w2.T @ g2) * self.a1 * (1 - self.a1)
        self.w1_grads = np.outer(g1, x)

    def step(self):
        self.w1 -= self.lr * self.w1_grads
        self.w2 -= self.lr * self.w2_grads


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    xs, ys = gen.normal(size=(30, 4)), np.eye(3)[gen.integers(0, 3, 30)]
    net = TwoLayer(4, 6, 3)
    for _ in range(30):
        for x, y in zip(xs, ys):
            net.forward(x)
            net.backward(x, y)
            net.step()
    print(np.mean([ce(net.forward(x), y) for x, y in zip(xs, ys)]))
