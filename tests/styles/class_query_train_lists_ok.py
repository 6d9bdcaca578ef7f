"""A three-layer class in the style of a popular book: query(inputs) for the outputs of columns, and
train(inputs_list, targets_list) for one sample given as flat lists, which it turns into columns itself with np.array(x, ndmin=2).T
and steps in place in the ascent form (W += lr * error @ a.T). No biases; sigmoid on both layers, the error
target - output taken as the output delta (binary cross-entropy's): correct."""
import numpy as np


class neuralNetwork:
    def __init__(self, inputnodes, hiddennodes, outputnodes, learningrate):
        self.inodes, self.hnodes, self.onodes = inputnodes, hiddennodes, outputnodes
        self.wih = np.random.normal(0.0, self.hnodes ** -0.5, (self.hnodes, self.inodes))
        self.who = np.random.normal(0.0, self.onodes ** -0.5, (self.onodes, self.hnodes))
        self.lr = learningrate
        self.activation_function = lambda x: 1.0 / (1.0 + np.exp(-x))

    def train(self, inputs_list, targets_list):
        inputs = np.array(inputs_list, ndmin=2).T
        targets = np.array(targets_list, ndmin=2).T
        hidden_outputs = self.activation_function(np.dot(self.wih, inputs))
        final_outputs = self.activation_function(np.dot(self.who, hidden_outputs))
        output_errors = targets - final_outputs
        hidden_errors = np.dot(self.who.T, output_errors)
        self.who += self.lr * np.dot(output_errors, np.transpose(hidden_outputs))
        self.wih += self.lr * np.dot(hidden_errors * hidden_outputs * (1.0 - hidden_outputs), np.transpose(inputs))

    def query(self, inputs):
        hidden_outputs = self.activation_function(np.dot(self.wih, inputs))
        return self.activation_function(np.dot(self.who, hidden_outputs))
