"""Layer objects each built with a name for printing (``FullyConnected(n_in, n_out, name)``), tanh hidden layers,
a softmax cross-entropy head whose backward takes an upstream factor (``backward(dout=1)``), a network holding the
list and the head: correct."""
import numpy as np


class FullyConnected:
    def __init__(self, n_in, n_out, name, init_scale=0.1):
        self.name = "fc_" + name
        self.W = np.random.randn(n_in, n_out) * init_scale
        self.b = np.zeros(n_out)

    def forward(self, x):
        self.x = x
        return x @ self.W + self.b

    def backward(self, grad):
        self.dW = self.x.T @ grad
        self.db = grad.sum(axis=0)
        return grad @ self.W.T


class Tanh:
    name = "tanh"

    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, grad):
        return grad * (1.0 - self.y ** 2)


class CrossEntropyWithSoftmax:
    name = "softmax-xent"

    def forward(self, scores, onehot):
        e = np.exp(scores - scores.max(axis=1, keepdims=True))
        self.p = e / e.sum(axis=1, keepdims=True)
        self.t = onehot
        return -np.sum(onehot * np.log(self.p + 1e-300)) / len(scores)

    def backward(self, dout=1):
        return dout * (self.p - self.t) / len(self.t)


class Net:
    def __init__(self, layers, head):
        self.layers, self.head = layers, head
        print(" -> ".join(layer.name for layer in layers), "->", head.name)

    def forward(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def train_batch(self, x, onehot, lr):
        loss = self.head.forward(self.forward(x), onehot)
        grad = self.head.backward()
        for layer in reversed(self.layers):
            grad = layer.backward(grad)
        for layer in self.layers:
            if isinstance(layer, FullyConnected):
                layer.W -= lr * layer.dW
                layer.b -= lr * layer.db
        return loss
