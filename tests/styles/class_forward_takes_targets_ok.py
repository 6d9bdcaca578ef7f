"""A class whose forward takes the targets beside the inputs, named as the network's output
(`forward(input_vector, output_vector)`), and keeps the output error for `backpropagation(input_vector)`, which
updates in place with the rate its constructor keeps. ReLU hidden units, softmax output, one-hot targets, mean
cross-entropy; the forward returns nothing."""
import numpy as np


def relu(z):
    return np.maximum(z, 0.0)


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


class TwoLayer:
    def __init__(self, input_layer, hidden_layer, output_layer, learningrate=0.1):
        gen = np.random.default_rng(4)
        self.W1 = gen.normal(0.0, np.sqrt(2.0 / input_layer), (input_layer, hidden_layer))
        self.b1 = np.zeros((1, hidden_layer))
        self.W2 = gen.normal(0.0, np.sqrt(2.0 / hidden_layer), (hidden_layer, output_layer))
        self.b2 = np.zeros((1, output_layer))
        self.learningrate = learningrate

    def forward(self, input_vector, output_vector):
        self.z1 = input_vector @ self.W1 + self.b1
        self.a1 = relu(self.z1)
        self.a2 = softmax(self.a1 @ self.W2 + self.b2)
        self.error = (self.a2 - output_vector) / len(input_vector)

    def backpropagation(self, input_vector):
        dW2 = self.a1.T @ self.error
        db2 = self.error.sum(axis=0, keepdims=True)
        dh = (self.error @ self.W2.T) * (self.z1 > 0)
        dW1 = input_vector.T @ dh
        db1 = dh.sum(axis=0, keepdims=True)
        self.W2 = self.W2 - self.learningrate * dW2
        self.b2 = self.b2 - self.learningrate * db2
        self.W1 = self.W1 - self.learningrate * dW1
        self.b1 = self.b1 - self.learningrate * db1
