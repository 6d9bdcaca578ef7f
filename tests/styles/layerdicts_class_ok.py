"""A class built from a list of layer dicts that only the file's own main block writes down (with the loss chosen by
a string argument), its parameters in dicts by layer number, and its stored weight gradients kept transposed to the
weights (its update subtracts dW.T); sigmoid hidden units, softmax + cross-entropy: correct."""
import numpy as np


class DenseNet:
    def __init__(self, architecture, loss="bce", learning_rate=0.1, seed=0):
        rng = np.random.default_rng(seed)
        self.loss = loss
        self.learning_rate = learning_rate
        self.num_layers = len(architecture)
        self.weights, self.biases, self.kinds = {}, {}, {}
        for i, layer in enumerate(architecture, start=1):
            self.weights[i] = rng.normal(0, 0.1, (layer["input_dim"], layer["nodes"]))
            self.biases[i] = np.zeros((layer["nodes"], 1))
            self.kinds[i] = layer["activation"]
        self.dW, self.db = {}, {}

    def _act(self, z, kind):
        if kind == "sigmoid":
            return 1 / (1 + np.exp(-z))
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return e / e.sum(axis=1, keepdims=True)

    def forward_propagation(self, X):
        self.A, self.Z = {0: X}, {}
        for i in range(1, self.num_layers + 1):
            self.Z[i] = self.A[i - 1] @ self.weights[i] + self.biases[i].T
            self.A[i] = self._act(self.Z[i], self.kinds[i])
        return self.A[self.num_layers]

    def backward_propagation(self, Y, Y_hat):
        if self.loss != "softmax_cross_entropy":
            raise ValueError("this example trains the softmax network only")
        m = Y.shape[0]
        dZ = (Y_hat - Y) / m
        for i in range(self.num_layers, 0, -1):
            self.dW[i] = dZ.T @ self.A[i - 1]
            self.db[i] = dZ.sum(axis=0, keepdims=True)
            if i > 1:
                dA = dZ @ self.weights[i].T
                dZ = dA * self.A[i - 1] * (1 - self.A[i - 1])

    def update(self):
        for i in range(1, self.num_layers + 1):
            self.weights[i] -= self.learning_rate * self.dW[i].T
            self.biases[i] -= self.learning_rate * self.db[i].T


if __name__ == "__main__":
    layers = [
        {"input_dim": 28 * 28, "nodes": 64, "activation": "sigmoid"},
        {"input_dim": 64, "nodes": 10, "activation": "softmax"},
    ]
    net = DenseNet(layers, loss="softmax_cross_entropy", learning_rate=0.5)
