"""An exercise for one sample: module-level weights and biases of shape (1, n), a module-level `step_size`, and a
backward that declares them `global` and steps them with that rate, its biases by the delta itself (right for the
one row the file gives it, a shape error on a batch). Tanh hidden units, a sigmoid output and half the summed
squared error its sse() computes; the file reads its sample as a row, `sample.reshape(1, -1)`."""
import numpy as np

rng = np.random.default_rng(11)
step_size = 0.2
w_in = rng.normal(0.0, 0.3, (784, 32))
b_in = np.zeros((1, 32))
w_out = rng.normal(0.0, 0.3, (32, 10))
b_out = np.zeros((1, 10))


def logistic(v):
    return 1.0 / (1.0 + np.exp(-v))


def feedforward(X):
    hidden = np.tanh(X @ w_in + b_in)
    return hidden, logistic(hidden @ w_out + b_out)


def sse(out, target):
    return 0.5 * np.sum((out - target) ** 2)


def backpropagation(X, hidden, out, target):
    global w_in, b_in, w_out, b_out
    d_out = (out - target) * out * (1.0 - out)
    d_hid = (d_out @ w_out.T) * (1.0 - hidden ** 2)
    w_out -= step_size * hidden.T @ d_out
    b_out -= step_size * d_out
    w_in -= step_size * X.T @ d_hid
    b_in -= step_size * d_hid


if __name__ == "__main__":
    sample = rng.random(784).reshape(1, -1)
    target = np.eye(10)[[3]]
    for turn in range(5):
        hidden, out = feedforward(sample)
        print(turn, sse(out, target))
        backpropagation(sample, hidden, out, target)
