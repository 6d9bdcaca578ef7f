"""Column-major functions written for the one network their own init_params() makes, 784-96-10: the backward
reshapes its bias gradients to (96, 1) and (10, 1) with those numbers written in, so it runs at no other width.
Integer labels turned into one-hot columns inside, ReLU hidden units, a shifted softmax and the mean
cross-entropy."""
import numpy as np


def init_params():
    rng = np.random.default_rng(11)
    W1 = rng.standard_normal((96, 784)) * np.sqrt(2.0 / 784)
    b1 = np.zeros((96, 1))
    W2 = rng.standard_normal((10, 96)) * np.sqrt(2.0 / 96)
    b2 = np.zeros((10, 1))
    return W1, b1, W2, b2


def as_columns(labels):
    cols = np.zeros((10, labels.size))
    cols[labels, np.arange(labels.size)] = 1.0
    return cols


def forward_pass(X, W1, b1, W2, b2):
    Z1 = W1.dot(X) + b1
    H1 = np.maximum(Z1, 0.0)
    Z2 = W2.dot(H1) + b2
    E = np.exp(Z2 - Z2.max(axis=0, keepdims=True))
    P = E / E.sum(axis=0, keepdims=True)
    return Z1, H1, Z2, P


def backward_pass(X, labels, Z1, H1, P, W2):
    m = X.shape[1]
    dZ2 = P - as_columns(labels)
    dW2 = dZ2.dot(H1.T) / m
    db2 = (np.sum(dZ2, axis=1) / m).reshape(10, 1)
    dZ1 = W2.T.dot(dZ2) * (Z1 > 0)
    dW1 = dZ1.dot(X.T) / m
    db1 = (np.sum(dZ1, axis=1) / m).reshape(96, 1)
    return dW1, db1, dW2, db2


def mean_cross_entropy(P, labels):
    return -np.mean(np.log(P[labels, np.arange(labels.size)] + 1e-12))


def gradient_descent(X, labels, rate, iterations):
    W1, b1, W2, b2 = init_params()
    for i in range(iterations):
        Z1, H1, Z2, P = forward_pass(X, W1, b1, W2, b2)
        dW1, db1, dW2, db2 = backward_pass(X, labels, Z1, H1, P, W2)
        W1, b1 = W1 - rate * dW1, b1 - rate * db1
        W2, b2 = W2 - rate * dW2, b2 - rate * db2
        if i % 10 == 0:
            print(i, mean_cross_entropy(P, labels))
    return W1, b1, W2, b2


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    gradient_descent(gen.random((784, 32)), gen.integers(0, 10, 32), 0.1, 30)
