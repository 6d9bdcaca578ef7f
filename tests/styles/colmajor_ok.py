"""Column-major, unpacked arguments, one-hot built inside backward (deeplearning.ai layout): correct."""
import numpy as np


def init_params(n_in=784, n_h1=64, n_h2=32, n_out=10):
    W1 = np.random.randn(n_h1, n_in) * 0.01
    b1 = np.zeros((n_h1, 1))
    W2 = np.random.randn(n_h2, n_h1) * 0.01
    b2 = np.zeros((n_h2, 1))
    W3 = np.random.randn(n_out, n_h2) * 0.01
    b3 = np.zeros((n_out, 1))
    return W1, b1, W2, b2, W3, b3


def ReLU(Z):
    return np.maximum(Z, 0)


def softmax(Z):
    e = np.exp(Z - Z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)


def forward_prop(W1, b1, W2, b2, W3, b3, X):
    Z1 = W1.dot(X) + b1
    A1 = ReLU(Z1)
    Z2 = W2.dot(A1) + b2
    A2 = ReLU(Z2)
    Z3 = W3.dot(A2) + b3
    A3 = softmax(Z3)
    return Z1, A1, Z2, A2, Z3, A3


def one_hot(Y, classes=10):
    out = np.zeros((classes, Y.size))
    out[Y, np.arange(Y.size)] = 1
    return out


def back_prop(Z1, A1, Z2, A2, Z3, A3, W2, W3, X, Y):
    m = X.shape[1]
    dZ3 = A3 - one_hot(Y)
    dW3 = dZ3.dot(A2.T) / m
    db3 = np.sum(dZ3, axis=1, keepdims=True) / m
    dZ2 = W3.T.dot(dZ3) * (Z2 > 0)
    dW2 = dZ2.dot(A1.T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = W2.T.dot(dZ2) * (Z1 > 0)
    dW1 = dZ1.dot(X.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return dW1, db1, dW2, db2, dW3, db3


def update_params(W1, b1, W2, b2, W3, b3, dW1, db1, dW2, db2, dW3, db3, alpha):
    return (W1 - alpha * dW1, b1 - alpha * db1, W2 - alpha * dW2, b2 - alpha * db2,
            W3 - alpha * dW3, b3 - alpha * db3)


if __name__ == "__main__":
    params = init_params()
