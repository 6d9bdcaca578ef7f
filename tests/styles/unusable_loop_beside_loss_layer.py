"""Exit 2: layer objects and a loss layer, `SoftmaxCrossEntropy` (`forward(scores, labels)` -> loss,
`backward()` -> the gradient at the scores), which xval checks the layers with; but the top-level training loop
only logs that loss and feeds the layers a gradient of its own, `grad = probs - yb` (no 1/N). xval runs the
layers and the loss layer, never the loop: no verdict (exit 2 naming that line), never the pass the layers
alone would get."""
import numpy as np


def relu(z):
    return np.maximum(z, 0.0)


def relu_prime(z):
    return (z > 0).astype(float)


class Dense:
    def __init__(self, n_in, n_out, act=None, act_prime=None):
        self.W = np.random.default_rng(n_in).normal(0.0, np.sqrt(2.0 / n_in), (n_in, n_out))
        self.b = np.zeros((1, n_out))
        self.act, self.act_prime = act, act_prime

    def forward(self, x):
        self.x = x
        self.z = x @ self.W + self.b
        return self.z if self.act is None else self.act(self.z)

    def backward(self, grad):
        if self.act_prime is not None:
            grad = grad * self.act_prime(self.z)
        self.dW = self.x.T @ grad
        self.db = grad.sum(axis=0, keepdims=True)
        return grad @ self.W.T


class SoftmaxCrossEntropy:
    def forward(self, scores, labels):
        e = np.exp(scores - scores.max(axis=1, keepdims=True))
        self.probs, self.labels = e / e.sum(axis=1, keepdims=True), labels
        return -np.mean(np.sum(labels * np.log(self.probs), axis=1))

    def backward(self):
        return (self.probs - self.labels) / len(self.labels)


gen = np.random.default_rng(0)
X = gen.random((128, 784))
Y = np.eye(10)[gen.integers(0, 10, 128)]
layers = [Dense(784, 64, relu, relu_prime), Dense(64, 10)]
criterion = SoftmaxCrossEntropy()

for epoch in range(5):
    for i in range(0, len(X), 32):
        xb, yb = X[i:i + 32], Y[i:i + 32]
        out = xb
        for layer in layers:
            out = layer.forward(out)
        loss = criterion.forward(out, yb)
        grad = criterion.probs - yb
        for layer in reversed(layers):
            grad = layer.backward(grad)
        for layer in layers:
            layer.W -= 0.1 * layer.dW
            layer.b -= 0.1 * layer.db
