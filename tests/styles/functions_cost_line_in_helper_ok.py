"""Functions in the column-major course style whose cost lives in a helper not named as a loss
(`cost_of_net(A2, Y, parameters)`), its loss one line inside it (`loss = np.multiply(np.log(A2), Y) + ...`): the
loss is read from that line. Tanh hidden units, sigmoid outputs, binary cross-entropy summed over the outputs and
averaged over the samples; `backward_propagation(parameters, cache, X, Y)` returns a dict of gradients."""
import numpy as np


def initialize(n_x, n_h, n_y):
    gen = np.random.default_rng(2)
    return {"W1": gen.normal(0.0, 0.1, (n_h, n_x)), "b1": np.zeros((n_h, 1)),
            "W2": gen.normal(0.0, 0.1, (n_y, n_h)), "b2": np.zeros((n_y, 1))}


def forward_propagation(X, parameters):
    Z1 = parameters["W1"] @ X + parameters["b1"]
    A1 = np.tanh(Z1)
    Z2 = parameters["W2"] @ A1 + parameters["b2"]
    A2 = 1.0 / (1.0 + np.exp(-Z2))
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def cost_of_net(A2, Y, parameters):
    loss = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
    return -np.sum(loss) / Y.shape[1]


def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dZ1 = (parameters["W2"].T @ dZ2) * (1 - cache["A1"] ** 2)
    return {"dW1": dZ1 @ X.T / m, "db1": dZ1.sum(axis=1, keepdims=True) / m,
            "dW2": dZ2 @ cache["A1"].T / m, "db2": dZ2.sum(axis=1, keepdims=True) / m}


def train(X, Y, n_h=16, steps=100, rate=0.5):
    parameters = initialize(X.shape[0], n_h, Y.shape[0])
    for step in range(steps):
        A2, cache = forward_propagation(X, parameters)
        if step % 10 == 0:
            print(step, cost_of_net(A2, Y, parameters))
        grads = backward_propagation(parameters, cache, X, Y)
        for k in ("W1", "b1", "W2", "b2"):
            parameters[k] = parameters[k] - rate * grads["d" + k]
    return parameters
