"""A function training one sample at a time over module-level weights (`global W1, b1, W2, b2`): each step takes
`x = images[i].reshape(1, -1)` and the label `k = labels[i]`, and fills its own one-hot row (`t = np.zeros((1, 10));
t[0, k] = 1`); relu hidden units, softmax, the file's own cross-entropy: correct (xval gives it integer labels)."""
import numpy as np

rng = np.random.default_rng(21)
images = rng.random((40, 16))
labels = rng.integers(0, 10, size=40)
W1 = rng.normal(scale=0.3, size=(16, 12))
b1 = np.zeros((1, 12))
W2 = rng.normal(scale=0.3, size=(12, 10))
b2 = np.zeros((1, 10))
learning_rate = 0.05


def softmax(z):
    e = np.exp(z - np.max(z, axis=1, keepdims=True))
    return e / np.sum(e, axis=1, keepdims=True)


def cross_entropy(p, t):
    return -np.sum(t * np.log(p + 1e-12)) / p.shape[0]


def train(n=40, epochs=3):
    global W1, b1, W2, b2
    for epoch in range(epochs):
        total = 0.0
        for i in range(n):
            x = images[i].reshape(1, -1)
            k = labels[i]
            t = np.zeros((1, 10))
            t[0, k] = 1
            z1 = x @ W1 + b1
            h = np.maximum(z1, 0)
            p = softmax(h @ W2 + b2)
            total += cross_entropy(p, t)
            d2 = p - t
            dW2 = h.T @ d2
            db2 = np.sum(d2, axis=0, keepdims=True)
            d1 = (d2 @ W2.T) * (z1 > 0)
            dW1 = x.T @ d1
            db1 = np.sum(d1, axis=0, keepdims=True)
            W2 -= learning_rate * dW2
            b2 -= learning_rate * db2
            W1 -= learning_rate * dW1
            b1 -= learning_rate * db1
        print(epoch, total / n)


if __name__ == "__main__":
    train()
