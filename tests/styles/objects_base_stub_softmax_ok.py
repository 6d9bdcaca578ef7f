"""Layer objects on a course's base class whose methods are stubs for subclasses to fill (a docstring and `pass`):
the softmax subclass writes only its forward, so its backward is the base's stub, which the network never calls
(its loss layer gives p - y at the scores); samples as columns: correct."""
import numpy as np


class Module:
    """Every layer fills in forward and backward."""

    def forward(self, x):
        """x holds one sample per column."""
        pass

    def backward(self, grad_out):
        """Keep the parameters' gradients; return the gradient at the input."""
        pass


class Dense(Module):
    def __init__(self, n_in, n_out):
        self.W = np.random.randn(n_out, n_in) * np.sqrt(2.0 / n_in)
        self.b = np.zeros((n_out, 1))

    def forward(self, x):
        self.x = x
        return self.W @ x + self.b

    def backward(self, grad_out):
        self.dW = grad_out @ self.x.T
        self.db = grad_out.sum(axis=1, keepdims=True)
        return self.W.T @ grad_out


class Relu(Module):
    def forward(self, x):
        self.mask = x > 0
        return x * self.mask

    def backward(self, grad_out):
        return grad_out * self.mask


class Softmax(Module):
    def forward(self, x):
        e = np.exp(x - x.max(axis=0, keepdims=True))
        return e / e.sum(axis=0, keepdims=True)


class SoftmaxCrossEntropy:
    def forward(self, logits, onehot):
        self.probs = Softmax().forward(logits)
        self.onehot = onehot
        return -np.sum(onehot * np.log(self.probs + 1e-12)) / logits.shape[1]

    def backward(self):
        return (self.probs - self.onehot) / self.probs.shape[1]


def train_step(layers, head, X, Y, lr=0.1):
    out = X
    for layer in layers:
        out = layer.forward(out)
    loss = head.forward(out, Y)
    grad = head.backward()
    for layer in reversed(layers):
        grad = layer.backward(grad)
    for layer in layers:
        if isinstance(layer, Dense):
            layer.W -= lr * layer.dW
            layer.b -= lr * layer.db
    return loss
