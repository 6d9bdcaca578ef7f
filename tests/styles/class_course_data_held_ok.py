"""A course class in the deeplearning.ai manner that holds its data: `DeepNet(X, Y, layers_dims, activation,
learning_rate, num_iterations)`, parameters in a dict `W1, b1, ...` made by `initialize_parameters()`,
`L_model_forward(X, parameters)` reading its depth from `self.layers_dims` and returning `(AL, caches)`,
`L_model_backward(AL, caches)` reading the labels from `self.Y` and storing `self.grads`, then `update_parameters()`;
column-major, relu hidden units (an activation named by a string), sigmoid output, binary cross-entropy: correct."""
import numpy as np


class DeepNet:
    def __init__(self, X, Y, layers_dims, activation, learning_rate, num_iterations):
        self.X = X
        self.Y = Y
        self.layers_dims = layers_dims
        self.activation = activation
        self.learning_rate = learning_rate
        self.num_iterations = num_iterations
        self.parameters = {}
        self.grads = {}
        self.costs = []

    def initialize_parameters(self):
        rng = np.random.default_rng(11)
        for l in range(1, len(self.layers_dims)):
            fan_in = self.layers_dims[l - 1]
            self.parameters["W" + str(l)] = rng.normal(size=(self.layers_dims[l], fan_in)) * np.sqrt(2.0 / fan_in)
            self.parameters["b" + str(l)] = np.zeros((self.layers_dims[l], 1))

    @staticmethod
    def unit(Z, kind):
        if kind == "relu":
            return np.maximum(0, Z)
        if kind == "tanh":
            return np.tanh(Z)
        return 1.0 / (1.0 + np.exp(-Z))

    @staticmethod
    def unit_backward(dA, Z, A, kind):
        if kind == "relu":
            return dA * (Z > 0)
        if kind == "tanh":
            return dA * (1 - A ** 2)
        return dA * A * (1 - A)

    def L_model_forward(self, X, parameters):
        caches = []
        A = X
        L = len(self.layers_dims) - 1
        for l in range(1, L + 1):
            kind = self.activation if l < L else "sigmoid"
            Z = parameters["W" + str(l)] @ A + parameters["b" + str(l)]
            caches.append((A, Z, kind))
            A = self.unit(Z, kind)
        return A, caches

    def compute_cost(self, AL):
        m = self.Y.shape[1]
        return float(-np.sum(self.Y * np.log(AL) + (1 - self.Y) * np.log(1 - AL)) / m)

    def L_model_backward(self, AL, caches):
        Y = self.Y.reshape(AL.shape)
        m = AL.shape[1]
        dA = -(Y / AL - (1 - Y) / (1 - AL))
        A = AL
        for l in reversed(range(1, len(caches) + 1)):
            A_prev, Z, kind = caches[l - 1]
            dZ = self.unit_backward(dA, Z, A, kind)
            self.grads["dW" + str(l)] = dZ @ A_prev.T / m
            self.grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True) / m
            dA = self.parameters["W" + str(l)].T @ dZ
            A = A_prev

    def update_parameters(self):
        for l in range(1, len(self.layers_dims)):
            self.parameters["W" + str(l)] -= self.learning_rate * self.grads["dW" + str(l)]
            self.parameters["b" + str(l)] -= self.learning_rate * self.grads["db" + str(l)]

    def build(self):
        self.initialize_parameters()
        for i in range(self.num_iterations):
            AL, caches = self.L_model_forward(self.X, self.parameters)
            self.costs.append(self.compute_cost(AL))
            self.L_model_backward(AL, caches)
            self.update_parameters()


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(4, 50))
    Y = (X[:1] + X[1:2] > 0).astype(float)
    net = DeepNet(X, Y, [4, 6, 1], "relu", 0.1, 200)
    net.build()
    print(net.costs[0], net.costs[-1])
