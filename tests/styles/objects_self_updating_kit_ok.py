"""A column-major layer kit: activation objects whose ``backward(z, grad)`` takes the pre-activation, and a dense
layer built with one of them (``Dense(n_in, n_out, act=Relu())``) whose ``backward(inputs, grad, lr)`` takes its own
input, recomputes its affine map, averages its gradients over the batch and steps its weights itself. No network
class: the file only defines the pieces. Correct with every activation."""
import numpy as np


class Op:
    def __call__(self, z):
        return self.forward(z)


class Relu(Op):
    def forward(self, z):
        return np.maximum(z, 0.0)

    def backward(self, z, grad):
        return grad * (z > 0)


class Logistic(Op):
    def forward(self, z):
        return 1.0 / (1.0 + np.exp(-z))

    def backward(self, z, grad):
        s = self.forward(z)
        return grad * s * (1.0 - s)


class Tanh(Op):
    def forward(self, z):
        return np.tanh(z)

    def backward(self, z, grad):
        return grad * (1.0 - np.tanh(z) ** 2)


class Identity(Op):
    def forward(self, z):
        return z

    def backward(self, z, grad):
        return grad


class Dense(Op):
    def __init__(self, n_in, n_out, act):
        self.W = np.random.randn(n_out, n_in) * 0.1
        self.b = np.zeros((n_out, 1))
        self.act = act

    def forward(self, inputs):
        return self.act(self.W @ inputs + self.b)

    def backward(self, inputs, grad, lr):
        z = self.W @ inputs + self.b
        local = self.act.backward(z, grad)
        count = inputs.shape[1]
        dW = local @ inputs.T / count
        db = local.sum(axis=1, keepdims=True) / count
        passed = self.W.T @ local
        self.W -= lr * dW
        self.b -= lr * db
        return passed
