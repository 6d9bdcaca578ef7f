"""A class whose method named forward is the training pass: `forward(x, y)` runs the network on a batch with
one-hot labels and returns `grad_w1, grad_b1, grad_w2, grad_b2, loss`; the output alone comes from
`inference(x)`, and `apply(grads, lr)` steps the weights with what forward returned. Leaky-ReLU hidden units
(slope 0.01), a softmax output, the mean cross-entropy forward returns."""
import numpy as np


class TwoLayer:
    def __init__(self, n_in, n_hidden, n_out, seed=0):
        rng = np.random.default_rng(seed)
        self.w1 = rng.normal(0.0, np.sqrt(2.0 / n_in), (n_in, n_hidden))
        self.b1 = np.zeros(n_hidden)
        self.w2 = rng.normal(0.0, np.sqrt(2.0 / n_hidden), (n_hidden, n_out))
        self.b2 = np.zeros(n_out)

    def _hidden(self, x):
        s = x @ self.w1 + self.b1
        return s, np.where(s > 0, s, 0.01 * s)

    def inference(self, x):
        _, h = self._hidden(x)
        s = h @ self.w2 + self.b2
        e = np.exp(s - s.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def forward(self, x, y):
        s, h = self._hidden(x)
        p = self.inference(x)
        n = x.shape[0]
        g = (p - y) / n
        grad_w2 = h.T @ g
        grad_b2 = g.sum(axis=0)
        gh = (g @ self.w2.T) * np.where(s > 0, 1.0, 0.01)
        grad_w1 = x.T @ gh
        grad_b1 = gh.sum(axis=0)
        loss = -np.sum(y * np.log(p + 1e-12)) / n
        return grad_w1, grad_b1, grad_w2, grad_b2, loss

    def apply(self, grads, lr):
        self.w1 -= lr * grads[0]
        self.b1 -= lr * grads[1]
        self.w2 -= lr * grads[2]
        self.b2 -= lr * grads[3]


if __name__ == "__main__":
    gen = np.random.default_rng(1)
    X = gen.random((128, 784))
    Y = np.eye(10)[gen.integers(0, 10, 128)]
    net = TwoLayer(784, 64, 10)
    for step in range(20):
        *grads, loss = net.forward(X, Y)
        net.apply(grads, 0.1)
        print(step, loss)
