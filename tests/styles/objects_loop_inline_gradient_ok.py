"""Layer objects with a training loop at top level: `Dense(n_in, n_out, act, act_prime)` keeps its activation
and its derivative, stores `dW`, `db` in `backward(grad)`, and the loop computes the loss gradient itself,
`grad = (probs - yb) / len(xb)`, before calling each layer's backward. xval runs the layers but never the loop:
the file gets no verdict (exit 2) naming that line, as a wrong loss gradient there would pass too."""
import numpy as np


def relu(z):
    return np.maximum(z, 0.0)


def relu_prime(z):
    return (z > 0).astype(float)


class Dense:
    def __init__(self, n_in, n_out, act=None, act_prime=None):
        self.W = np.random.default_rng(n_in).normal(0.0, np.sqrt(2.0 / n_in), (n_in, n_out))
        self.b = np.zeros((1, n_out))
        self.act, self.act_prime = act, act_prime

    def forward(self, x):
        self.x = x
        self.z = x @ self.W + self.b
        return self.z if self.act is None else self.act(self.z)

    def backward(self, grad):
        if self.act_prime is not None:
            grad = grad * self.act_prime(self.z)
        self.dW = self.x.T @ grad
        self.db = grad.sum(axis=0, keepdims=True)
        return grad @ self.W.T


gen = np.random.default_rng(0)
X = gen.random((128, 784))
Y = np.eye(10)[gen.integers(0, 10, 128)]
layers = [Dense(784, 64, relu, relu_prime), Dense(64, 10)]

for epoch in range(5):
    for i in range(0, len(X), 32):
        xb, yb = X[i:i + 32], Y[i:i + 32]
        out = xb
        for layer in layers:
            out = layer.forward(out)
        e = np.exp(out - out.max(axis=1, keepdims=True))
        probs = e / e.sum(axis=1, keepdims=True)
        grad = (probs - yb) / len(xb)
        for layer in reversed(layers):
            grad = layer.backward(grad)
        for layer in layers:
            layer.W -= 0.1 * layer.dW
            layer.b -= 0.1 * layer.db
