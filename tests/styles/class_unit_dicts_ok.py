"""A class built from a list of layer dicts, one per layer input first (`[{'units': 784, 'activation': None},
{'units': 128, 'activation': 'relu'}, {'units': 10, 'activation': 'softmax'}]`), reading self.layers[i]['units']
and each layer's activation by name from a dict of functions; forward(X) -> probabilities, backward(y, lr) with
integer labels stepping its lists of weights and biases in place; no call of its own says the sizes (the layer
list comes from a settings file): correct."""
import numpy as np

ACTIVATIONS = {
    "relu": lambda z: np.maximum(z, 0.0),
    "tanh": np.tanh,
    "sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)),
}
SLOPES = {
    "relu": lambda a: (a > 0).astype(a.dtype),
    "tanh": lambda a: 1.0 - a ** 2,
    "sigmoid": lambda a: a * (1.0 - a),
}


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


class Network:
    def __init__(self, layers, seed=42):
        self.layers = layers
        rng = np.random.default_rng(seed)
        self.weights, self.biases = [], []
        for i in range(1, len(self.layers)):
            fan_in, fan_out = self.layers[i - 1]["units"], self.layers[i]["units"]
            self.weights.append(rng.normal(0.0, np.sqrt(2.0 / fan_in), (fan_in, fan_out)))
            self.biases.append(np.zeros((1, fan_out)))

    def forward(self, X):
        self.outputs = [X]
        for i, (W, b) in enumerate(zip(self.weights, self.biases)):
            z = self.outputs[-1] @ W + b
            name = self.layers[i + 1]["activation"]
            self.outputs.append(softmax(z) if name == "softmax" else ACTIVATIONS[name](z))
        return self.outputs[-1]

    def backward(self, y, lr):
        n = len(y)
        delta = self.outputs[-1].copy()
        delta[np.arange(n), y] -= 1.0
        delta /= n
        for i in reversed(range(len(self.weights))):
            dW = self.outputs[i].T @ delta
            db = delta.sum(axis=0, keepdims=True)
            if i > 0:
                delta = (delta @ self.weights[i].T) * SLOPES[self.layers[i]["activation"]](self.outputs[i])
            self.weights[i] -= lr * dW
            self.biases[i] -= lr * db

    def loss(self, y):
        return -np.mean(np.log(self.outputs[-1][np.arange(len(y)), y] + 1e-12))

