"""Layer objects whose methods are called `forward_propagation(inputs)` and `backward_propagation(grad, rate)`:
the fully connected layer steps its own weights inside its backward and returns the gradient for the layer
below; the activation layer is built from a function and its derivative. A `Sequence` keeps the layers and a
loss pair chosen with `set_loss`. Row-major batches; tanh hidden units."""
import numpy as np


def tanh_prime(x):
    return 1.0 - np.tanh(x) ** 2


def mse(target, pred):
    return np.mean((target - pred) ** 2)


def mse_prime(target, pred):
    return 2 * (pred - target) / target.size


class FullyConnected:
    def __init__(self, n_in, n_out):
        limit = np.sqrt(6 / (n_in + n_out))
        self.weights = np.random.uniform(-limit, limit, (n_in, n_out))
        self.bias = np.zeros((1, n_out))

    def forward_propagation(self, inputs):
        self.inputs = inputs
        return inputs @ self.weights + self.bias

    def backward_propagation(self, grad, rate):
        grad_inputs = grad @ self.weights.T
        self.weights -= rate * (self.inputs.T @ grad)
        self.bias -= rate * grad.sum(axis=0, keepdims=True)
        return grad_inputs


class Activation:
    def __init__(self, fn, fn_prime):
        self.fn, self.fn_prime = fn, fn_prime

    def forward_propagation(self, inputs):
        self.inputs = inputs
        return self.fn(inputs)

    def backward_propagation(self, grad, rate):
        return self.fn_prime(self.inputs) * grad


class Sequence:
    def __init__(self):
        self.layers, self.loss, self.loss_prime = [], None, None

    def add(self, layer):
        self.layers.append(layer)

    def set_loss(self, loss, loss_prime):
        self.loss, self.loss_prime = loss, loss_prime

    def predict(self, x):
        for layer in self.layers:
            x = layer.forward_propagation(x)
        return x

    def fit(self, x, y, epochs, rate):
        for _ in range(epochs):
            out = self.predict(x)
            grad = self.loss_prime(y, out)
            for layer in reversed(self.layers):
                grad = layer.backward_propagation(grad, rate)


if __name__ == "__main__":
    net = Sequence()
    net.add(FullyConnected(2, 8))
    net.add(Activation(np.tanh, tanh_prime))
    net.add(FullyConnected(8, 1))
    net.set_loss(mse, mse_prime)
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], float)
    net.fit(X, np.array([[0], [1], [1], [0]], float), 2000, 0.1)
    print(net.predict(X).round(2))
