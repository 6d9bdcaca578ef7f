"""L-layer functions, column-major, sigmoid in every layer: `forward_model(X, parameters)` returns the loop's last
`A` and `Z` under those bare names, and `caches`, one `(A_prev, Z)` per layer; `backward_model(dAL, caches,
parameters)` starts from `dAL`, the loss's gradient at the output activation, which the caller computes per sample
(`-(Y / AL) + (1 - Y) / (1 - AL)`), and divides by the batch size itself. The loss is the mean binary
cross-entropy."""
import numpy as np


def sigmoid(Z):
    return 1.0 / (1.0 + np.exp(-Z))


def init_parameters(layer_dims):
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


def forward_model(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L + 1):
        A_prev = A
        Z = parameters["W" + str(l)] @ A_prev + parameters["b" + str(l)]
        A = sigmoid(Z)
        caches.append((A_prev, Z))
    return A, Z, caches


def compute_cost(AL, Y):
    m = Y.shape[1]
    return -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m


def backward_model(dAL, caches, parameters):
    m = dAL.shape[1]
    grads = {}
    dA = dAL
    for l in reversed(range(1, len(caches) + 1)):
        A_prev, Z = caches[l - 1]
        s = sigmoid(Z)
        dZ = dA * s * (1 - s)
        grads["dW" + str(l)] = dZ @ A_prev.T / m
        grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True) / m
        dA = parameters["W" + str(l)].T @ dZ
    return grads


def train(X, Y, layer_dims, learning_rate=0.1, iterations=100):
    parameters = init_parameters(layer_dims)
    for _ in range(iterations):
        AL, _, caches = forward_model(X, parameters)
        cost = compute_cost(AL, Y)
        dAL = -(Y / AL) + (1 - Y) / (1 - AL)
        grads = backward_model(dAL, caches, parameters)
        for l in range(1, len(layer_dims)):
            parameters["W" + str(l)] -= learning_rate * grads["dW" + str(l)]
            parameters["b" + str(l)] -= learning_rate * grads["db" + str(l)]
    return parameters, cost
