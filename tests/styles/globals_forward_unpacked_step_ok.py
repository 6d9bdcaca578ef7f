"""A two-layer classifier whose forward reads the module's weights while its step takes them as arguments and
returns them updated (the training loop assigns them back): the forward's globals are the step's arguments."""
import numpy as np

n_in, n_hidden, n_out = 784, 64, 10
W1 = np.random.randn(n_in, n_hidden) * 0.01
b1 = np.zeros((1, n_hidden))
W2 = np.random.randn(n_hidden, n_out) * 0.01
b2 = np.zeros((1, n_out))


def relu(z):
    return np.maximum(z, 0)


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def forward_propagation(X):
    Z1 = X @ W1 + b1
    A1 = relu(Z1)
    Z2 = A1 @ W2 + b2
    A2 = softmax(Z2)
    return Z1, A1, Z2, A2


def cross_entropy(Y, A2):
    return -np.sum(Y * np.log(A2 + 1e-9)) / Y.shape[0]


def backpropagation(X, Y, Z1, A1, Z2, A2, W1, b1, W2, b2, learning_rate=0.05):
    m = X.shape[0]
    dZ2 = A2 - Y
    dW2 = A1.T @ dZ2 / m
    db2 = dZ2.sum(axis=0, keepdims=True) / m
    dZ1 = (dZ2 @ W2.T) * (Z1 > 0)
    dW1 = X.T @ dZ1 / m
    db1 = dZ1.sum(axis=0, keepdims=True) / m
    W1 = W1 - learning_rate * dW1
    b1 = b1 - learning_rate * db1
    W2 = W2 - learning_rate * dW2
    b2 = b2 - learning_rate * db2
    return W1, b1, W2, b2


if __name__ == "__main__":
    X = np.random.rand(64, n_in)
    Y = np.eye(n_out)[np.random.randint(0, n_out, 64)]
    for epoch in range(10):
        Z1, A1, Z2, A2 = forward_propagation(X)
        print(epoch, cross_entropy(Y, A2))
        W1, b1, W2, b2 = backpropagation(X, Y, Z1, A1, Z2, A2, W1, b1, W2, b2)
