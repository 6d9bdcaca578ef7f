"""A top-level script whose samples are rows but whose weights are held (outputs, inputs) and used transposed
(X @ W1.T), as a linear layer stores them; tanh hidden units, softmax over each row, mean cross-entropy."""
import numpy as np

gen = np.random.default_rng(9)
X = gen.normal(size=(80, 4))
labels = (X[:, 0] * X[:, 1] > 0).astype(int)
T = np.eye(2)[labels]

W1 = 0.5 * gen.normal(size=(6, 4))
b1 = np.zeros((1, 6))
W2 = 0.5 * gen.normal(size=(2, 6))
b2 = np.zeros((1, 2))
rate = 0.3


def softmax(S):
    e = np.exp(S - S.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


for epoch in range(1500):
    H = np.tanh(X @ W1.T + b1)
    P = softmax(H @ W2.T + b2)
    cost = -np.mean(np.sum(T * np.log(P), axis=1))
    G2 = (P - T) / len(X)
    gW2 = G2.T @ H
    gb2 = G2.sum(axis=0, keepdims=True)
    G1 = (G2 @ W2) * (1 - H ** 2)
    gW1 = G1.T @ X
    gb1 = G1.sum(axis=0, keepdims=True)
    W2 -= rate * gW2
    b2 -= rate * gb2
    W1 -= rate * gW1
    b1 -= rate * gb1
print(cost)
