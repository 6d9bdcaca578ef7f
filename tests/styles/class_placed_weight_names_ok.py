"""A two-layer class whose parameters are named by place with the place first (hidden_weights, output_bias),
trained by train(training_inputs, training_outputs, training_iterations, learning_rate), which does the forward,
the deltas and the update itself: tanh hidden units, softmax output, mean cross-entropy on one-hot targets:
correct."""
import numpy as np


def tanh_slope(a):
    return 1.0 - a ** 2


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size):
        gen = np.random.default_rng(7)
        self.hidden_weights = gen.standard_normal((input_size, hidden_size)) * np.sqrt(1.0 / input_size)
        self.output_weights = gen.standard_normal((hidden_size, output_size)) * np.sqrt(1.0 / hidden_size)
        self.hidden_bias = np.zeros((1, hidden_size))
        self.output_bias = np.zeros((1, output_size))

    def forward(self, inputs):
        self.hidden_activation = np.tanh(inputs @ self.hidden_weights + self.hidden_bias)
        scores = self.hidden_activation @ self.output_weights + self.output_bias
        scores -= scores.max(axis=1, keepdims=True)
        e = np.exp(scores)
        return e / e.sum(axis=1, keepdims=True)

    def cost(self, probabilities, targets):
        return -np.mean(np.sum(targets * np.log(probabilities + 1e-12), axis=1))

    def train(self, training_inputs, training_outputs, training_iterations, learning_rate=0.1):
        n = len(training_inputs)
        for it in range(training_iterations):
            probabilities = self.forward(training_inputs)
            output_delta = (probabilities - training_outputs) / n
            hidden_delta = (output_delta @ self.output_weights.T) * tanh_slope(self.hidden_activation)
            self.output_weights -= learning_rate * self.hidden_activation.T @ output_delta
            self.output_bias -= learning_rate * output_delta.sum(axis=0, keepdims=True)
            self.hidden_weights -= learning_rate * training_inputs.T @ hidden_delta
            self.hidden_bias -= learning_rate * hidden_delta.sum(axis=0, keepdims=True)
            if it % 100 == 0:
                print(it, self.cost(probabilities, training_outputs))
