"""Functions in the L-layer course style whose forward takes switches for a batch normalisation and a dropout after
each hidden layer, required and turned on by the training call: L_model_forward(X, parameters, use_batchnorm,
use_dropout) with X (features, m), W (out, in), softmax output, and L_model_backward(AL, Y, caches) returning
dW1.. db1.. in a dict. With both switches off (what xval passes) it is the plain network: correct."""
import numpy as np

KEEP_PROB = 0.8
EPS = 1e-5


def initialize_parameters(layer_dims, seed=1):
    rng = np.random.default_rng(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = rng.normal(size=(layer_dims[l], layer_dims[l - 1])) * np.sqrt(2.0 / layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


def relu(Z):
    return np.maximum(0, Z)


def softmax(Z):
    E = np.exp(Z - Z.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)


def apply_batchnorm(A):
    mu = A.mean(axis=1, keepdims=True)
    var = A.var(axis=1, keepdims=True)
    return (A - mu) / np.sqrt(var + EPS)


def apply_dropout(A):
    mask = np.random.rand(*A.shape) < KEEP_PROB
    return A * mask / KEEP_PROB


def L_model_forward(X, parameters, use_batchnorm, use_dropout):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L + 1):
        W, b = parameters["W" + str(l)], parameters["b" + str(l)]
        Z = W @ A + b
        caches.append((A, W, Z))
        if l == L:
            return softmax(Z), caches
        A = relu(Z)
        if use_batchnorm:
            A = apply_batchnorm(A)
        if use_dropout:
            A = apply_dropout(A)


def compute_cost(AL, Y):
    return -np.sum(Y * np.log(AL)) / Y.shape[1]


def L_model_backward(AL, Y, caches):
    grads = {}
    m = Y.shape[1]
    L = len(caches)
    dZ = AL - Y
    for l in range(L, 0, -1):
        A_prev, W, Z = caches[l - 1]
        grads["dW" + str(l)] = dZ @ A_prev.T / m
        grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True) / m
        if l > 1:
            dZ = (W.T @ dZ) * (caches[l - 2][2] > 0)
    return grads


def update_parameters(parameters, grads, learning_rate):
    for l in range(1, len(parameters) // 2 + 1):
        parameters["W" + str(l)] -= learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] -= learning_rate * grads["db" + str(l)]
    return parameters


def L_layer_model(X, Y, layer_dims, learning_rate, num_iterations, use_batchnorm, use_dropout):
    parameters = initialize_parameters(layer_dims)
    for i in range(num_iterations):
        AL, caches = L_model_forward(X, parameters, use_batchnorm, use_dropout)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)
        if i % 100 == 0:
            print("cost after iteration %d: %f" % (i, cost))
    return parameters
