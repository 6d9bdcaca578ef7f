"""Layer objects that keep nothing on themselves between the passes: each `forward(x, cache)` and
`backward(grad, cache)` is given one dict the caller makes for the pass, and a layer files what its backward needs
under its own key (`cache[id(self)] = x`). The affine layer steps its own weights in place at a module-level rate
(`self.W -= LEARNING_RATE * dW`); the model is a `Chain` of layers whose forward also takes the dict. ReLU hidden
units; no loss layer (the softmax cross-entropy is the caller's)."""
import numpy as np

LEARNING_RATE = 0.05


class Dense:
    def __init__(self, n_in, n_out):
        self.W = np.random.randn(n_in, n_out) * np.sqrt(2.0 / n_in)
        self.b = np.zeros(n_out)

    def forward(self, x, cache):
        cache[id(self)] = x
        return x @ self.W + self.b

    def backward(self, grad, cache):
        x = cache[id(self)]
        dW = x.T @ grad
        db = grad.sum(axis=0)
        dx = grad @ self.W.T
        self.W -= LEARNING_RATE * dW
        self.b -= LEARNING_RATE * db
        return dx


class ReLU:
    def forward(self, x, cache):
        mask = x > 0
        cache[id(self)] = mask
        return x * mask

    def backward(self, grad, cache):
        return grad * cache[id(self)]


class Chain:
    def __init__(self, *parts):
        self.parts = list(parts)

    def forward(self, x, cache):
        for part in self.parts:
            x = part.forward(x, cache)
        return x

    def backward(self, grad, cache):
        for part in reversed(self.parts):
            grad = part.backward(grad, cache)
        return grad


def softmax_xent_grad(scores, labels):
    p = np.exp(scores - scores.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    p[np.arange(len(labels)), labels] -= 1.0
    return p / len(labels)


if __name__ == "__main__":
    rng = np.random.default_rng(3)
    X = rng.standard_normal((40, 6))
    y = (X[:, 0] > 0).astype(int) + (X[:, 1] > 0).astype(int)
    net = Chain(Dense(6, 16), ReLU(), Dense(16, 3))
    for _ in range(200):
        cache = {}
        scores = net.forward(X, cache)
        net.backward(softmax_xent_grad(scores, y), cache)
