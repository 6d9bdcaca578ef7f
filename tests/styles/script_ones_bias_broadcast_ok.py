"""A tutorial script that spreads each bias over the batch as a product with a column of ones
(`a1 = x_.dot(W1) + np.ones((n, 1)).dot(b1)`) and sums its bias gradients the same way
(`grad_b1 = np.ones((n, 1)).T.dot(grad_a1)`), the rate dividing by the batch in the update; relu hidden units,
softmax, cross-entropy: correct (the biases are read as biases, not as layers of their own)."""
import numpy as np

rng = np.random.default_rng(8)
images = rng.random((256, 20))
labels = rng.integers(0, 10, size=256)
W1 = rng.normal(size=(20, 16)) / np.sqrt(20)
b1 = np.zeros([1, 16])
W2 = rng.normal(size=(16, 10)) / np.sqrt(16)
b2 = np.zeros([1, 10])
learning_rate = 1e-2


def one_hot(y):
    out = np.zeros([y.shape[0], 10])
    out[np.arange(y.shape[0]), y] = 1
    return out


def softmax(s):
    e = np.exp(s - np.max(s, 1)[:, np.newaxis])
    return e / np.sum(e, 1, keepdims=True)


for i in range(500):
    x_ = images
    y_ = one_hot(labels)
    n = x_.shape[0]
    a1 = x_.dot(W1) + np.ones((n, 1)).dot(b1)
    h1 = np.maximum(a1, 0)
    a2 = h1.dot(W2) + np.ones((n, 1)).dot(b2)
    y_prob = softmax(a2)
    loss = np.mean(-np.sum(y_ * np.log(y_prob), 1))
    grad_a2 = y_prob - y_
    grad_b2 = np.ones((n, 1)).T.dot(grad_a2)
    grad_W2 = h1.T.dot(grad_a2)
    grad_a1 = grad_a2.dot(W2.T)
    grad_a1[a1 <= 0] = 0
    grad_b1 = np.ones((n, 1)).T.dot(grad_a1)
    grad_W1 = x_.T.dot(grad_a1)
    W1 = W1 - learning_rate * grad_W1 / n
    b1 = b1 - learning_rate * grad_b1 / n
    W2 = W2 - learning_rate * grad_W2 / n
    b2 = b2 - learning_rate * grad_b2 / n
