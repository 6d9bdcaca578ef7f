"""The constructor takes the number of layers and two lists, each layer's input and output sizes, and a required
L2 strength (passed 0 by xval); train_batch(x, y, lr) applies the mean cross-entropy's gradient in place. ReLU,
softmax, integer labels, float32 weights as the file makes them (xval checks in float64).
"""
import numpy as np


class MLP:
    def __init__(self, layer_num, in_dims, out_dims, weight_decay):
        self.weights, self.biases = [], []
        for i in range(layer_num):
            if i and in_dims[i] != out_dims[i - 1]:
                raise ValueError("the sizes of adjacent layers do not match")
            self.weights.append((np.random.randn(in_dims[i], out_dims[i]) * np.sqrt(2 / in_dims[i])).astype(np.float32))
            self.biases.append(np.zeros(out_dims[i], dtype=np.float32))
        self.weight_decay = weight_decay

    def forward(self, x):
        self.inputs, self.pre = [x], []
        for i, (W, b) in enumerate(zip(self.weights, self.biases)):
            z = self.inputs[-1] @ W + b
            self.pre.append(z)
            if i < len(self.weights) - 1:
                self.inputs.append(np.maximum(z, 0))
        z = self.pre[-1] - self.pre[-1].max(axis=1, keepdims=True)
        return np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)

    def train_batch(self, x, y, lr):
        p = self.forward(x)
        p[np.arange(len(y)), y] -= 1
        delta = p / len(y)
        for i in range(len(self.weights) - 1, -1, -1):
            dW = self.inputs[i].T @ delta + self.weight_decay * self.weights[i]
            db = delta.sum(axis=0)
            if i:
                delta = (delta @ self.weights[i].T) * (self.pre[i - 1] > 0)
            self.weights[i] -= lr * dW
            self.biases[i] -= lr * db
