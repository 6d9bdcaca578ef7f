"""Every step of the forward numbered in turn, whatever it is (z = X W1, z2 = relu(z), z3 = z2 W2, o): the names say
nothing about which values are pre-activations; backward(X, y, o) updates in place at its learning rate. ReLU,
softmax, mean cross-entropy, one-hot y.
"""
import numpy as np


class Neural_Network(object):
    def __init__(self, inputSize, hiddenSize, outputSize, learningRate=0.1):
        self.W1 = np.random.randn(inputSize, hiddenSize) * np.sqrt(2.0 / inputSize)
        self.b1 = np.zeros((1, hiddenSize))
        self.W2 = np.random.randn(hiddenSize, outputSize) * np.sqrt(1.0 / hiddenSize)
        self.b2 = np.zeros((1, outputSize))
        self.learningRate = learningRate

    def forward(self, X):
        self.z = np.dot(X, self.W1) + self.b1
        self.z2 = np.maximum(self.z, 0)
        self.z3 = np.dot(self.z2, self.W2) + self.b2
        e = np.exp(self.z3 - self.z3.max(axis=1, keepdims=True))
        o = e / e.sum(axis=1, keepdims=True)
        return o

    def backward(self, X, y, o):
        self.o_delta = (o - y) / len(X)
        self.z2_error = self.o_delta.dot(self.W2.T)
        self.z2_delta = self.z2_error * (self.z > 0)
        self.W2 -= self.learningRate * self.z2.T.dot(self.o_delta)
        self.b2 -= self.learningRate * self.o_delta.sum(axis=0, keepdims=True)
        self.W1 -= self.learningRate * X.T.dot(self.z2_delta)
        self.b1 -= self.learningRate * self.z2_delta.sum(axis=0, keepdims=True)
