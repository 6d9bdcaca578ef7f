"""A Keras-like container: layers added one by one, each given only its width (``model.add(Dense(32))``), the
weights made from the data by ``build(X)``, which ``fit`` calls before its loop. ReLU units, softmax output, mean
cross-entropy, integer labels; ``backward(X, y)`` returns the gradients as two lists."""
import numpy as np


class Dense:
    def __init__(self, units, activation="relu"):
        self.units = units
        self.activation = activation


class Sequential:
    def __init__(self):
        self.layers = []
        self.weights = []
        self.biases = []
        self.cache = []

    def add(self, layer):
        self.layers.append(layer)

    def build(self, X, seed=0):
        rng = np.random.default_rng(seed)
        fan_in = X.shape[1]
        self.weights, self.biases = [], []
        for layer in self.layers:
            self.weights.append(rng.normal(0.0, np.sqrt(2.0 / fan_in), (fan_in, layer.units)))
            self.biases.append(np.zeros((1, layer.units)))
            fan_in = layer.units

    def forward(self, X):
        self.cache = [X]
        a = X
        for layer, W, b in zip(self.layers, self.weights, self.biases):
            z = a @ W + b
            if layer.activation == "softmax":
                e = np.exp(z - z.max(axis=1, keepdims=True))
                a = e / e.sum(axis=1, keepdims=True)
            else:
                a = np.maximum(z, 0.0)
            self.cache.append(a)
        return a

    def backward(self, X, y):
        probs = self.forward(X)
        delta = probs.copy()
        delta[np.arange(len(y)), y] -= 1.0
        delta /= len(y)
        grads_W, grads_b = [None] * len(self.weights), [None] * len(self.weights)
        for i in range(len(self.weights) - 1, -1, -1):
            grads_W[i] = self.cache[i].T @ delta
            grads_b[i] = delta.sum(axis=0, keepdims=True)
            if i > 0:
                delta = (delta @ self.weights[i].T) * (self.cache[i] > 0)
        return grads_W, grads_b

    def fit(self, X, y, epochs=20, lr=0.1):
        self.build(X)
        for _ in range(epochs):
            grads_W, grads_b = self.backward(X, y)
            for i in range(len(self.weights)):
                self.weights[i] -= lr * grads_W[i]
                self.biases[i] -= lr * grads_b[i]
        return self


if __name__ == "__main__":
    rng = np.random.default_rng(1)
    X = rng.normal(size=(120, 6))
    y = (X[:, 0] > 0).astype(int) + (X[:, 1] > 0).astype(int)
    model = Sequential()
    model.add(Dense(32))
    model.add(Dense(16))
    model.add(Dense(3, activation="softmax"))
    model.fit(X, y)
    print("accuracy", np.mean(model.forward(X).argmax(axis=1) == y))
