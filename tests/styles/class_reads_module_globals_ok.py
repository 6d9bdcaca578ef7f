"""A notebook exported as a script: the data, its size and the rate are module globals its top-level code sets
(from a file xval does not have), and the class's backward reads them instead of taking arguments: the labels
Y_train, N_SAMPLES, LEARNING_RATE. forward(X) returns (activations, zs); backward(activations, zs) updates in
place: ReLU hidden layers, softmax output, mean cross-entropy on one-hot labels: correct."""
import numpy as np

data = np.load("fashion_subset.npz")
X_train, Y_train = data["x"], np.eye(10)[data["y"]]
N_SAMPLES = 500  # the rows of fashion_subset.npz, all in one batch
LEARNING_RATE = 0.1


class Model:
    def __init__(self, sizes):
        gen = np.random.default_rng(0)
        self.weights = [gen.normal(0, np.sqrt(2 / a), (a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.biases = [np.zeros((1, b)) for b in sizes[1:]]

    def forward(self, X):
        activations, zs = [X], []
        for i, (W, b) in enumerate(zip(self.weights, self.biases)):
            z = activations[-1] @ W + b
            zs.append(z)
            if i < len(self.weights) - 1:
                activations.append(np.maximum(z, 0))
            else:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                activations.append(e / e.sum(axis=1, keepdims=True))
        return activations, zs

    def backward(self, activations, zs):
        delta = (activations[-1] - Y_train) / N_SAMPLES
        for i in reversed(range(len(self.weights))):
            grad_W = activations[i].T @ delta
            grad_b = delta.sum(axis=0, keepdims=True)
            if i > 0:
                delta = (delta @ self.weights[i].T) * (zs[i - 1] > 0)
            self.weights[i] -= LEARNING_RATE * grad_W
            self.biases[i] -= LEARNING_RATE * grad_b


model = Model([X_train.shape[1], 64, 10])
for epoch in range(20):
    acts, pre = model.forward(X_train)
    model.backward(acts, pre)
