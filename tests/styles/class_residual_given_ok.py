"""A model whose `backward(err)` takes what its training loop hands it: `err = Y - out`, the labels minus the
output `forward` gave (minus the loss's gradient at the softmax's input, for cross-entropy). Each `Dense` layer
gates the error by its ReLU, steps its own weights in place with `+=` (the error points downhill already), divides
by the batch itself and returns the error for the layer below, formed with its weights as they were."""
import numpy as np


class Dense:
    def __init__(self, n_in, n_out, act, rng):
        self.w = rng.normal(0, np.sqrt(2.0 / n_in), (n_in, n_out))
        self.b = np.zeros(n_out)
        self.act = act

    def forward(self, x):
        self.x = x
        self.z = x @ self.w + self.b
        if self.act == "relu":
            return np.maximum(self.z, 0.0)
        e = np.exp(self.z - self.z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def backward(self, err, lr):
        if self.act == "relu":
            err = err * (self.z > 0)
        n = len(self.x)
        below = err @ self.w.T
        self.w += lr * self.x.T @ err / n
        self.b += lr * err.sum(axis=0) / n
        return below


class Model:
    def __init__(self, n_in, n_hidden, n_out, lr=0.1, seed=2):
        rng = np.random.default_rng(seed)
        self.hidden = Dense(n_in, n_hidden, "relu", rng)
        self.top = Dense(n_hidden, n_out, "softmax", rng)
        self.lr = lr

    def forward(self, x):
        return self.top.forward(self.hidden.forward(x))

    def backward(self, err):
        self.hidden.backward(self.top.backward(err, self.lr), self.lr)


def main():
    rng = np.random.default_rng(0)
    X = rng.random((64, 784))
    Y = np.eye(10)[rng.integers(0, 10, 64)]
    model = Model(784, 32, 10)
    for epoch in range(20):
        out = model.forward(X)
        err = Y - out
        model.backward(err)
        print(epoch, -np.mean(np.sum(Y * np.log(out), axis=1)))


if __name__ == "__main__":
    main()
