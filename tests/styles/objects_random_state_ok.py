"""Layer objects whose affine constructor takes a source of randomness after its two sizes
(Affine(n_in, n_out, random_state), drawing with randn), activations as objects, a Chain container whose backward
runs the layers in reverse, and a softmax cross-entropy object whose backward() takes nothing (it kept the
probabilities and the labels). Gradients are kept on each affine layer as grad_W, grad_b."""
import numpy as np


class Affine:
    def __init__(self, n_in, n_out, random_state):
        self.W = random_state.randn(n_in, n_out) * np.sqrt(2.0 / n_in)
        self.b = np.zeros(n_out)
        self.grad_W = None
        self.grad_b = None

    def forward(self, inputs):
        self.inputs = inputs
        return inputs @ self.W + self.b

    def backward(self, upstream):
        self.grad_W = self.inputs.T @ upstream
        self.grad_b = upstream.sum(axis=0)
        return upstream @ self.W.T


class Relu:
    def forward(self, inputs):
        self.positive = inputs > 0
        return np.where(self.positive, inputs, 0.0)

    def backward(self, upstream):
        return upstream * self.positive


class SoftmaxXent:
    def forward(self, scores, labels):
        shifted = scores - scores.max(axis=1, keepdims=True)
        e = np.exp(shifted)
        self.probs = e / e.sum(axis=1, keepdims=True)
        self.labels = labels
        rows = np.arange(len(labels))
        return float(-np.log(self.probs[rows, labels]).mean())

    def backward(self):
        g = self.probs.copy()
        g[np.arange(len(self.labels)), self.labels] -= 1.0
        return g / len(self.labels)


class Chain:
    def __init__(self, layers):
        self.layers = layers

    def forward(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def backward(self, upstream):
        for layer in reversed(self.layers):
            upstream = layer.backward(upstream)
        return upstream


if __name__ == "__main__":
    rs = np.random.RandomState(7)
    net = Chain([Affine(784, 64, rs), Relu(), Affine(64, 10, rs)])
    loss = SoftmaxXent()
    X = rs.rand(32, 784)
    y = rs.randint(0, 10, size=32)
    for _ in range(5):
        print(loss.forward(net.forward(X), y))
        net.backward(loss.backward())
        for layer in net.layers:
            if isinstance(layer, Affine):
                layer.W -= 0.1 * layer.grad_W
                layer.b -= 0.1 * layer.grad_b
