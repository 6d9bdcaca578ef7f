"""A top-level script whose samples are columns but whose weights are held (inputs, outputs) and used transposed
(W1.T @ X), as a course's notes write them; ReLU hidden units, softmax over each column, mean cross-entropy,
one-hot labels built column by column."""
import numpy as np

gen = np.random.default_rng(8)
X = gen.normal(size=(3, 60))
labels = (X[0] > 0).astype(int) + (X[1] > 0).astype(int)
Y = np.eye(3)[labels].T

W1 = 0.5 * gen.normal(size=(3, 12))
b1 = np.zeros((12, 1))
W2 = 0.5 * gen.normal(size=(12, 3))
b2 = np.zeros((3, 1))
N = X.shape[1]
eta = 0.5


def softmax(V):
    e = np.exp(V - V.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)


for it in range(2000):
    Z1 = W1.T @ X + b1
    A1 = np.maximum(Z1, 0)
    Z2 = W2.T @ A1 + b2
    Yhat = softmax(Z2)
    loss = -np.sum(Y * np.log(Yhat)) / N
    E2 = (Yhat - Y) / N
    dW2 = A1 @ E2.T
    db2 = E2.sum(axis=1, keepdims=True)
    E1 = (W2 @ E2) * (Z1 > 0)
    dW1 = X @ E1.T
    db1 = E1.sum(axis=1, keepdims=True)
    W1 -= eta * dW1
    b1 -= eta * db1
    W2 -= eta * dW2
    b2 -= eta * db2
print(loss)
