"""Layer objects that step themselves, backward(grad, lr), with a softmax layer at the end of the list whose own
backward is the one-sample Jacobian (written for a single row: it raises on any batch). The network's backward loop
passes over that layer (``if isinstance(layer, SoftmaxLayer): continue``) and starts from a softmax cross-entropy
function's p - y, so the Jacobian is never used: correct."""
import numpy as np


class Layer:
    def forward(self, x):
        raise NotImplementedError

    def backward(self, grad, lr):
        raise NotImplementedError


class FullyConnected(Layer):
    def __init__(self, fan_in, fan_out):
        self.W = np.random.randn(fan_in, fan_out) * np.sqrt(2.0 / fan_in)
        self.b = np.zeros((1, fan_out))

    def forward(self, x):
        self.x = x
        return x @ self.W + self.b

    def backward(self, grad, lr):
        grad_in = grad @ self.W.T
        self.W -= lr * (self.x.T @ grad)
        self.b -= lr * grad.sum(axis=0, keepdims=True)
        return grad_in


class Rectifier(Layer):
    def forward(self, x):
        self.mask = x > 0
        return x * self.mask

    def backward(self, grad, lr):
        return grad * self.mask


class SoftmaxLayer(Layer):
    def forward(self, x):
        e = np.exp(x - x.max(axis=1, keepdims=True))
        self.p = e / e.sum(axis=1, keepdims=True)
        return self.p

    def backward(self, grad, lr):
        size = self.p.size
        return grad @ ((np.eye(size) - self.p.T) * self.p)


def softmax_ce_grad(probs, labels):
    onehot = np.zeros_like(probs)
    onehot[np.arange(len(labels)), labels] = 1.0
    return (probs - onehot) / len(labels)


class Stack:
    def __init__(self, *layers):
        self.layers = list(layers)

    def predict(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def fit_batch(self, x, labels, lr=0.05):
        probs = self.predict(x)
        loss = -np.mean(np.log(probs[np.arange(len(labels)), labels] + 1e-12))
        grad = softmax_ce_grad(probs, labels)
        for layer in self.layers[::-1]:
            if isinstance(layer, SoftmaxLayer):
                continue
            grad = layer.backward(grad, lr)
        return loss


if __name__ == "__main__":
    net = Stack(FullyConnected(784, 64), Rectifier(), FullyConnected(64, 10), SoftmaxLayer())
    data = np.random.rand(32, 784)
    targets = np.random.randint(0, 10, 32)
    for step in range(5):
        print(step, net.fit_batch(data, targets))
