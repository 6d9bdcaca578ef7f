"""forward(inputs) returns (activation, caches), the output under a name that says nothing and a list of per-layer
records; the backward is private, _backward(inputs, all_y_trues, caches), returning (gradients_w, gradients_b).
ReLU, softmax, mean cross-entropy, one-hot targets.
"""
from typing import List, NamedTuple

import numpy as np


class LayerCache(NamedTuple):
    inputs: np.ndarray
    weighted_sum: np.ndarray
    activation: np.ndarray


class Model:
    def __init__(self, layer_sizes: List[int], learning_rate: float = 0.1):
        self.weights = [np.random.randn(a, b) * np.sqrt(2 / a) for a, b in zip(layer_sizes[:-1], layer_sizes[1:])]
        self.biases = [np.zeros((1, b)) for b in layer_sizes[1:]]
        self.learning_rate = learning_rate

    def forward(self, inputs: np.ndarray):
        activation, caches = inputs, []
        for index, (weight, bias) in enumerate(zip(self.weights, self.biases)):
            weighted_sum = activation @ weight + bias
            if index < len(self.weights) - 1:
                out = np.maximum(weighted_sum, 0)
            else:
                e = np.exp(weighted_sum - weighted_sum.max(axis=1, keepdims=True))
                out = e / e.sum(axis=1, keepdims=True)
            caches.append(LayerCache(activation, weighted_sum, out))
            activation = out
        return activation, caches

    def _backward(self, inputs: np.ndarray, all_y_trues: np.ndarray, caches: List[LayerCache]):
        gradients_w, gradients_b = [], []
        delta = (caches[-1].activation - all_y_trues) / len(inputs)
        for index in reversed(range(len(self.weights))):
            cache = caches[index]
            if index < len(self.weights) - 1:
                delta = delta * (cache.weighted_sum > 0)
            gradients_w.insert(0, cache.inputs.T @ delta)
            gradients_b.insert(0, delta.sum(axis=0, keepdims=True))
            delta = delta @ self.weights[index].T
        return gradients_w, gradients_b
