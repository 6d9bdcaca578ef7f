"""Correct, another style: one-hot matrix, list elements rebound (not updated in place), debug prints."""
import numpy as np


def relu_derivative(z):
    return np.heaviside(z, 0.0)  # heaviside(0, 0.0) = 0: ReLU'(0) = 0


def forward(x, weights, biases):
    zs, activations = [], [x]
    for i, (W, b) in enumerate(zip(weights, biases)):
        z = np.matmul(activations[-1], W) + b
        zs.append(z)
        if i + 1 < len(weights):
            activations.append(np.where(z > 0, z, 0.0))
        else:
            m = np.max(z, axis=-1, keepdims=True)
            p = np.exp(z - m)
            activations.append(p / p.sum(axis=-1, keepdims=True))
    return zs, activations


def backward(x, y_true, zs, activations, weights, biases, learning_rate):
    batch, classes = activations[-1].shape
    onehot = np.zeros((batch, classes))
    onehot[np.arange(batch), y_true] = 1.0
    dz = (activations[-1] - onehot) / batch
    print("debug: output delta norm", float(np.linalg.norm(dz)))
    new_w, new_b = list(weights), list(biases)
    for i in range(len(weights) - 1, -1, -1):
        dW = np.matmul(activations[i].T, dz)
        db = np.sum(dz, axis=0).reshape(1, -1)
        if i:
            dz = np.matmul(dz, weights[i].T) * relu_derivative(zs[i - 1])
        new_w[i] = weights[i] - learning_rate * dW
        new_b[i] = biases[i] - learning_rate * db
    weights[:] = new_w
    biases[:] = new_b
