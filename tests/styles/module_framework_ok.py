"""A small Module framework: every layer has forward(input) and backward(input, grad_output), which is given the
layer's own input again; Linear stores grad_W and grad_b, Sequential(*layers) runs them and passes each layer the
previous one's output; ReLU hidden units, a softmax cross-entropy criterion: correct."""
import numpy as np


class Module:
    def forward(self, input):
        raise NotImplementedError

    def backward(self, input, grad_output):
        raise NotImplementedError

    def parameters(self):
        return []

    def grad_parameters(self):
        return []


class Linear(Module):
    def __init__(self, n_in, n_out):
        bound = np.sqrt(6.0 / (n_in + n_out))
        self.W = np.random.uniform(-bound, bound, (n_in, n_out))
        self.b = np.zeros(n_out)

    def forward(self, input):
        self.output = input @ self.W + self.b
        return self.output

    def backward(self, input, grad_output):
        self.grad_W = input.T @ grad_output
        self.grad_b = grad_output.sum(axis=0)
        return grad_output @ self.W.T

    def parameters(self):
        return [self.W, self.b]

    def grad_parameters(self):
        return [self.grad_W, self.grad_b]


class ReLU(Module):
    def forward(self, input):
        self.output = np.maximum(input, 0.0)
        return self.output

    def backward(self, input, grad_output):
        return grad_output * (input > 0)


class Sequential(Module):
    def __init__(self, *layers):
        self.layers = layers

    def forward(self, input):
        for layer in self.layers:
            input = layer.forward(input)
        self.output = input
        return self.output

    def backward(self, input, grad_output):
        for i in range(len(self.layers) - 1, 0, -1):
            grad_output = self.layers[i].backward(self.layers[i - 1].output, grad_output)
        return self.layers[0].backward(input, grad_output)

    def parameters(self):
        return [p for layer in self.layers for p in layer.parameters()]

    def grad_parameters(self):
        return [g for layer in self.layers for g in layer.grad_parameters()]


class SoftmaxCrossEntropyCriterion:
    def forward(self, input, target):
        shifted = input - input.max(axis=1, keepdims=True)
        self.probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
        return -np.mean(np.log(self.probs[np.arange(len(target)), target] + 1e-12))

    def backward(self, input, target):
        grad = self.probs.copy()
        grad[np.arange(len(target)), target] -= 1.0
        return grad / len(target)


def sgd(model, lr):
    for p, g in zip(model.parameters(), model.grad_parameters()):
        p -= lr * g
