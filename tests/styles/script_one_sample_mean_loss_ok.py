"""One gradient step written out at top level on a single sample (`X` one row), but with a loss that averages
over the rows it is given (`/ X.shape[0]`) and a gradient that does too: tanh hidden units, softmax output,
mean cross-entropy: correct (checked on a batch, as its loss is written for one)."""
import numpy as np

X = np.array([[0.3, -1.2, 0.8, 0.05]])
Y = np.array([[0.0, 0.0, 1.0]])
rng = np.random.default_rng(8)
W1 = rng.normal(0.0, 0.5, (4, 6))
b1 = np.zeros((1, 6))
W2 = rng.normal(0.0, 0.5, (6, 3))
b2 = np.zeros((1, 3))
step_size = 0.05


def softmax(s):
    e = np.exp(s - s.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def mean_cross_entropy(probs, onehot):
    return -np.sum(onehot * np.log(probs)) / onehot.shape[0]


H = np.tanh(X @ W1 + b1)
P = softmax(H @ W2 + b2)
print("before:", mean_cross_entropy(P, Y))

G2 = (P - Y) / X.shape[0]
G1 = (G2 @ W2.T) * (1.0 - H ** 2)
W2 -= step_size * H.T @ G2
b2 -= step_size * G2.sum(axis=0, keepdims=True)
W1 -= step_size * X.T @ G1
b1 -= step_size * G1.sum(axis=0, keepdims=True)

P = softmax(np.tanh(X @ W1 + b1) @ W2 + b2)
print("after:", mean_cross_entropy(P, Y))
