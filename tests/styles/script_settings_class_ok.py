"""A training function in the manner of a well-known blog tutorial: its sizes, rate and L2 strength kept on a
settings class (Settings.step, Settings.decay), build(X, y, hidden, passes) making its weights and running full
batch gradient descent with W += -Settings.step * dW, tanh units, softmax output, integer labels, the L2 penalty
decay / 2 * sum(W ** 2) in its loss and decay * W in its gradient; main() calls it on the file's own data."""
import numpy as np


class Settings:
    n_in = 3
    n_out = 4
    step = 0.05
    decay = 0.001


def total_loss(params, X, y):
    W1, b1, W2, b2 = params
    a1 = np.tanh(X @ W1 + b1)
    s = a1 @ W2 + b2
    e = np.exp(s - s.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    data = -np.log(p[np.arange(len(y)), y]).mean()
    return data + Settings.decay / 2 * (np.sum(W1 ** 2) + np.sum(W2 ** 2))


def build(X, y, hidden, passes=500):
    n = len(X)
    W1 = np.random.randn(Settings.n_in, hidden) / np.sqrt(Settings.n_in)
    b1 = np.zeros((1, hidden))
    W2 = np.random.randn(hidden, Settings.n_out) / np.sqrt(hidden)
    b2 = np.zeros((1, Settings.n_out))
    for it in range(passes):
        a1 = np.tanh(X @ W1 + b1)
        s = a1 @ W2 + b2
        e = np.exp(s - s.max(axis=1, keepdims=True))
        probs = e / e.sum(axis=1, keepdims=True)
        d3 = probs.copy()
        d3[np.arange(n), y] -= 1
        d3 /= n
        dW2 = a1.T @ d3
        db2 = d3.sum(axis=0, keepdims=True)
        d2 = (d3 @ W2.T) * (1 - a1 ** 2)
        dW1 = X.T @ d2
        db1 = d2.sum(axis=0, keepdims=True)
        dW2 += Settings.decay * W2
        dW1 += Settings.decay * W1
        W1 += -Settings.step * dW1
        b1 += -Settings.step * db1
        W2 += -Settings.step * dW2
        b2 += -Settings.step * db2
        if it % 100 == 0:
            print(it, total_loss((W1, b1, W2, b2), X, y))
    return W1, b1, W2, b2


def main():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(60, Settings.n_in))
    y = rng.integers(0, Settings.n_out, size=60)
    build(X, y, 5)


if __name__ == "__main__":
    main()
