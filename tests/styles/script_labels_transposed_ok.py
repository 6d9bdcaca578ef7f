"""A top-level script whose samples are rows but whose layers compute columns (W1 @ X.T, weights (outputs,
inputs)), so every activation is (units, batch) while its one-hot labels stay (batch, classes) and are read as
Y.T wherever they meet the output. Sigmoid hidden units, softmax over each column, mean cross-entropy: correct."""
import numpy as np

gen = np.random.default_rng(4)
X = gen.normal(size=(90, 5))
Y = np.eye(3)[(X[:, 0] > 0).astype(int) + (X[:, 1] > 0).astype(int)]
n = X.shape[0]

W1 = 0.5 * gen.normal(size=(7, 5))
b1 = np.zeros((7, 1))
W2 = 0.5 * gen.normal(size=(3, 7))
b2 = np.zeros((3, 1))
alpha = 0.5


def sigmoid(Z):
    return 1.0 / (1.0 + np.exp(-Z))


for it in range(800):
    A1 = sigmoid(W1 @ X.T + b1)
    Z2 = W2 @ A1 + b2
    E = np.exp(Z2 - Z2.max(axis=0, keepdims=True))
    A2 = E / E.sum(axis=0, keepdims=True)
    loss = -np.sum(Y.T * np.log(A2)) / n
    dZ2 = (A2 - Y.T) / n
    dW2 = dZ2 @ A1.T
    db2 = dZ2.sum(axis=1, keepdims=True)
    dZ1 = (W2.T @ dZ2) * A1 * (1 - A1)
    dW1 = dZ1 @ X
    db1 = dZ1.sum(axis=1, keepdims=True)
    W1 = W1 - alpha * dW1
    b1 = b1 - alpha * db1
    W2 = W2 - alpha * dW2
    b2 = b2 - alpha * db2
print(loss)
