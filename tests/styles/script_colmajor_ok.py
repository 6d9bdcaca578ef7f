"""A column-major training script (samples in columns, W (out, in), one-hot Y (classes, m)), tanh hidden units;
the rate is set inside the loop and m is read from the batch there."""
import numpy as np

np.random.seed(3)
data = np.loadtxt("digits.csv", delimiter=",")
X = data[:, 1:].T / 16.0
Y = np.eye(10)[data[:, 0].astype(int)].T
W1 = np.random.randn(16, 64) * 0.1
b1 = np.zeros((16, 1))
W2 = np.random.randn(10, 16) * 0.1
b2 = np.zeros((10, 1))

for i in range(300):
    m = X.shape[1]
    Z1 = np.dot(W1, X) + b1
    A1 = np.tanh(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = np.exp(Z2 - Z2.max(axis=0, keepdims=True))
    A2 = A2 / A2.sum(axis=0, keepdims=True)
    cost = -np.sum(Y * np.log(A2)) / m
    dZ2 = A2 - Y
    dW2 = np.dot(dZ2, A1.T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.dot(W2.T, dZ2) * (1 - A1 ** 2)
    dW1 = np.dot(dZ1, X.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    learning_rate = 0.5
    W1 = W1 - learning_rate * dW1
    b1 = b1 - learning_rate * db1
    W2 = W2 - learning_rate * dW2
    b2 = b2 - learning_rate * db2
