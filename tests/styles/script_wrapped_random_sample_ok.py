"""A homework regression whose training function is called only through a wrapper of the file's own:
fit_model(data, targets, rate) sets its hidden width and its number of steps and returns train(X, t, M, steps, eta),
which makes its weights from X.shape (its one output fixed by the code), runs its forward over every sample, then
draws one sample at random each step (k = np.random.randint(0, N)) and steps on that sample alone. The data is read
from a CSV file the grader does not have. Sigmoid hidden units, a linear output, half the squared error of the
sample, no biases: correct."""
import numpy as np


def sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def forward(X, W1, W2):
    """X is N x D, W1 is M x D, W2 is 1 x M; returns the N outputs (N x 1) and the hidden values (N x M)."""
    Z = sigmoid(X @ W1.T)
    return Z @ W2.T, Z


def train(X, t, M, steps, eta):
    history = np.zeros(steps)
    N, D = X.shape
    W1 = np.random.normal(0.0, 0.1, (M, D))
    W2 = np.random.normal(0.0, 0.1, (1, M))
    for s in range(steps):
        k = np.random.randint(0, N)
        out, Z = forward(X, W1, W2)
        history[s] = 0.5 * (out[k, 0] - t[k]) ** 2
        err = out[k] - t[k]
        z_k = Z[k]
        hidden_err = z_k * (1 - z_k) * W2[0] * err
        W2 -= eta * err * z_k[None, :]
        W1 -= eta * np.outer(hidden_err, X[k])
    return W1, W2, history


def load(path):
    table = np.loadtxt(path, delimiter=",", skiprows=1)
    return table[:, :-1], table[:, -1]


def fit_model(data, targets, rate):
    M = 12
    steps = 2000
    return train(data, targets, M, steps, rate)


features, values = load("housing.csv")
W1, W2, history = fit_model(features, values, 0.01)
print("final error", history[-50:].mean())
