"""A class whose `forward(inputs)` keeps its values in a dict (`self.cache["a1"]`), whose
`calculate_gradients(labels_oh)` reads one-hot labels under a name ending in `_oh` and stores what it computes in
another dict (`self.grads["dw1"]`), returning nothing, and whose `update_parameters(lr)` applies them;
column-major (X (features, m), W (out, in), b (out, 1)). Sigmoid hidden units, softmax output, mean
cross-entropy."""
import numpy as np


class DigitNet:
    def __init__(self, input_units=784, hidden_units=64, classes=10):
        self.w1 = np.random.randn(hidden_units, input_units) * np.sqrt(1.0 / input_units)
        self.b1 = np.zeros((hidden_units, 1))
        self.w2 = np.random.randn(classes, hidden_units) * np.sqrt(1.0 / hidden_units)
        self.b2 = np.zeros((classes, 1))
        self.cache = {}
        self.grads = {}

    def forward(self, inputs):
        z1 = self.w1 @ inputs + self.b1
        a1 = 1.0 / (1.0 + np.exp(-z1))
        z2 = self.w2 @ a1 + self.b2
        e = np.exp(z2 - z2.max(axis=0, keepdims=True))
        a2 = e / e.sum(axis=0, keepdims=True)
        self.cache.update(a0=inputs, z1=z1, a1=a1, z2=z2, a2=a2)
        return a2

    def calculate_loss(self, probs, labels_oh):
        return -np.sum(labels_oh * np.log(probs)) / labels_oh.shape[1]

    def calculate_gradients(self, labels_oh):
        m = labels_oh.shape[1]
        dz2 = (self.cache["a2"] - labels_oh) / m
        self.grads["dw2"] = dz2 @ self.cache["a1"].T
        self.grads["db2"] = dz2.sum(axis=1, keepdims=True)
        dz1 = (self.w2.T @ dz2) * self.cache["a1"] * (1.0 - self.cache["a1"])
        self.grads["dw1"] = dz1 @ self.cache["a0"].T
        self.grads["db1"] = dz1.sum(axis=1, keepdims=True)

    def update_parameters(self, lr):
        for name in ("w1", "b1", "w2", "b2"):
            setattr(self, name, getattr(self, name) - lr * self.grads["d" + name])
