"""Layer objects in the style of a from-scratch book's framework: forward keeps self.output, backward keeps
self.dinputs; a Softmax layer whose backward applies its Jacobian row by row, after it a cross-entropy loss on its
probabilities whose forward gives the per-sample losses and whose backward takes (dvalues, y_true) and gives dL/dp;
a network class chaining them: correct."""
import numpy as np


class Layer_Linear:
    def __init__(self, fan_in, fan_out):
        self.weights = 0.01 * np.random.randn(fan_in, fan_out)
        self.biases = np.zeros((1, fan_out))

    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.dot(inputs, self.weights) + self.biases

    def backward(self, dvalues):
        self.dweights = np.dot(self.inputs.T, dvalues)
        self.dbiases = np.sum(dvalues, axis=0, keepdims=True)
        self.dinputs = np.dot(dvalues, self.weights.T)


class Activation_Relu:
    def forward(self, inputs):
        self.inputs = inputs
        self.output = np.maximum(inputs, 0)

    def backward(self, dvalues):
        self.dinputs = np.where(self.inputs > 0, dvalues, 0.0)


class Activation_Softmax:
    def forward(self, inputs):
        e = np.exp(inputs - inputs.max(axis=1, keepdims=True))
        self.output = e / e.sum(axis=1, keepdims=True)

    def backward(self, dvalues):
        self.dinputs = np.empty_like(dvalues)
        for i, (p, d) in enumerate(zip(self.output, dvalues)):
            p = p.reshape(-1, 1)
            self.dinputs[i] = (np.diagflat(p) - p @ p.T) @ d


class Loss_CrossEntropy:
    def forward(self, y_pred, y_true):
        p = np.clip(y_pred, 1e-12, 1.0)
        if y_true.ndim == 1:
            return -np.log(p[np.arange(len(p)), y_true])
        return -np.sum(y_true * np.log(p), axis=1)

    def calculate(self, y_pred, y_true):
        return np.mean(self.forward(y_pred, y_true))

    def backward(self, dvalues, y_true):
        n, k = dvalues.shape
        if y_true.ndim == 1:
            y_true = np.eye(k)[y_true]
        self.dinputs = -y_true / dvalues / n


class Network:
    def __init__(self, layers, loss):
        self.layers, self.loss = layers, loss

    def forward(self, X):
        for layer in self.layers:
            layer.forward(X)
            X = layer.output
        return X

    def train_step(self, X, y, lr):
        probs = self.forward(X)
        value = self.loss.calculate(probs, y)
        self.loss.backward(probs, y)
        grad = self.loss.dinputs
        for layer in reversed(self.layers):
            layer.backward(grad)
            grad = layer.dinputs
        for layer in self.layers:
            if hasattr(layer, "weights"):
                layer.weights -= lr * layer.dweights
                layer.biases -= lr * layer.dbiases
        return value
