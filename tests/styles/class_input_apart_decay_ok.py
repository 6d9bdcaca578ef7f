"""A regressor class built from the widths of its layers and, apart, its input width (it inserts that into the
list it is given); predict(X) keeps its values on the instance, then backward(target, lr=0.01, wd=0.01) steps in
place with a decoupled weight decay: W <- (1 - lr * wd) W - lr * grad, a rate and a decay with numbers for
defaults. Leaky-ReLU hidden units, an identity output and half the squared error, a mean over the batch."""
import numpy as np


def leaky(z, slope=0.01):
    return np.where(z > 0, z, slope * z)


def leaky_slope(z, slope=0.01):
    return np.where(z > 0, 1.0, slope)


class Regressor:
    def __init__(self, layer_size, input_size, seed=1):
        rng = np.random.default_rng(seed)
        layer_size.insert(0, input_size)
        self.widths = layer_size
        self.W = [rng.normal(0.0, np.sqrt(2.0 / a), size=(b, a)) for a, b in zip(layer_size[:-1], layer_size[1:])]
        self.B = [np.zeros(b) for b in layer_size[1:]]

    def predict(self, X):
        self.acts, self.pre = [X], []
        last = len(self.W) - 1
        for i, (W, b) in enumerate(zip(self.W, self.B)):
            z = self.acts[-1] @ W.T + b
            self.pre.append(z)
            self.acts.append(z if i == last else leaky(z))
        return self.acts[-1]

    def backward(self, target, lr=0.01, wd=0.01):
        n = target.shape[0]
        delta = self.acts[-1] - target.reshape(n, -1)
        for i in reversed(range(len(self.W))):
            grad_W = delta.T @ self.acts[i] / n
            grad_b = delta.sum(axis=0) / n
            if i > 0:
                below = (delta @ self.W[i]) * leaky_slope(self.pre[i - 1])
            self.W[i] = (1 - lr * wd) * self.W[i] - lr * grad_W
            self.B[i] -= lr * grad_b
            if i > 0:
                delta = below


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    X = gen.normal(size=(64, 4))
    y = X[:, :1] * 2.0 - X[:, 1:2]
    net = Regressor(layer_size=[12, 6, 1], input_size=4)
    for step in range(200):
        net.predict(X)
        net.backward(y, lr=0.05, wd=0.001)
    print(float(np.mean((net.predict(X) - y) ** 2)))
