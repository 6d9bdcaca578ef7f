"""Functions in the manner of a course's logistic-regression template grown one hidden layer: `propagate(X, Y, W1,
b1, W2, b2)` runs the forward inside and returns `(cost, grads)` only (no output a name holds), `optimize` loops
over it updating in place, `predict` thresholds at 0.5; column-major (X (features, m), W (out, in)). The output's
function is never exposed: only the binary cross-entropy the cost computes says it is a sigmoid. Tanh hidden units,
one sigmoid output."""
import numpy as np


def init_params(n_x, n_h):
    W1 = np.random.randn(n_h, n_x) * 0.1
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(1, n_h) * 0.1
    b2 = np.zeros((1, 1))
    return W1, b1, W2, b2


def propagate(X, Y, W1, b1, W2, b2):
    m = X.shape[1]
    A1 = np.tanh(W1 @ X + b1)
    A2 = 1 / (1 + np.exp(-(W2 @ A1 + b2)))
    cost = -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return cost, {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def optimize(X, Y, W1, b1, W2, b2, learning_rate, num_iterations):
    costs = []
    for i in range(num_iterations):
        cost, grads = propagate(X, Y, W1, b1, W2, b2)
        W1 -= learning_rate * grads["dW1"]
        b1 -= learning_rate * grads["db1"]
        W2 -= learning_rate * grads["dW2"]
        b2 -= learning_rate * grads["db2"]
        if i % 100 == 0:
            costs.append(cost)
    return (W1, b1, W2, b2), costs


def predict(X, W1, b1, W2, b2):
    A2 = 1 / (1 + np.exp(-(W2 @ np.tanh(W1 @ X + b1) + b2)))
    return (A2 > 0.5).astype(int)
