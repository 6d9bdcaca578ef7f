"""Layer objects that take an activation name, composed by a network built from sizes and names: correct."""
import numpy as np


class FullyConnected:
    def __init__(self, fan_in, fan_out, activation):
        self.kernel = np.random.randn(fan_in, fan_out) * np.sqrt(2.0 / fan_in)
        self.bias = np.zeros(fan_out)
        self.activation = activation

    def forward(self, inputs):
        self.inputs = inputs
        self.pre = inputs @ self.kernel + self.bias
        if self.activation == "ReLU":
            return np.maximum(self.pre, 0.0)
        if self.activation == "Softmax":
            shifted = np.exp(self.pre - self.pre.max(axis=1, keepdims=True))
            return shifted / shifted.sum(axis=1, keepdims=True)
        return self.pre

    def backward(self, upstream, rate):
        local = upstream * (self.pre > 0) if self.activation == "ReLU" else upstream
        passed = local @ self.kernel.T
        self.kernel -= rate * (self.inputs.T @ local)
        self.bias -= rate * local.sum(axis=0)
        return passed


class Classifier:
    def __init__(self, widths, activation_names):
        self.stack = [FullyConnected(a, b, name) for a, b, name in zip(widths[:-1], widths[1:], activation_names)]

    def forward(self, inputs):
        for layer in self.stack:
            inputs = layer.forward(inputs)
        return inputs

    def backward(self, upstream, rate):
        for layer in reversed(self.stack):
            upstream = layer.backward(upstream, rate)

    def train_step(self, inputs, labels, rate):
        probs = self.forward(inputs)
        target = np.zeros_like(probs)
        target[np.arange(len(labels)), labels] = 1.0
        self.backward((probs - target) / len(labels), rate)
        return -np.mean(np.log(probs[np.arange(len(labels)), labels] + 1e-12))


if __name__ == "__main__":
    net = Classifier([784, 100, 10], ["ReLU", "Softmax"])
