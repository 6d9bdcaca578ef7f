"""Layer objects whose dense backward takes the batch mean itself (dW = x.T @ g / n) and updates in place, and a
module loss function softmax_ce(logits, labels) -> (loss, grad) whose gradient is therefore not divided by the
batch; the file's own train step copies that gradient to another name (g = g_logits) and walks its layers by
index (layer = net[i]). ReLU hidden units, softmax + cross-entropy: correct (the mean is taken once)."""
import numpy as np


class Affine:
    def __init__(self, n_in, n_out, lr=0.1):
        self.lr = lr
        self.W = np.random.randn(n_in, n_out) * np.sqrt(2.0 / n_in)
        self.b = np.zeros(n_out)

    def forward(self, x):
        return x @ self.W + self.b

    def backward(self, x, g):
        n = x.shape[0]
        dW = x.T @ g / n
        db = g.mean(axis=0)
        dx = g @ self.W.T
        self.W -= self.lr * dW
        self.b -= self.lr * db
        return dx


class Rectifier:
    def forward(self, x):
        return np.maximum(x, 0)

    def backward(self, x, g):
        return g * (x > 0)


def softmax_ce(logits, labels):
    n = logits.shape[0]
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    loss = -np.log(p[np.arange(n), labels] + 1e-12).mean()
    g = p.copy()
    g[np.arange(n), labels] -= 1
    return loss, g


def train(net, x, labels):
    inputs = [x]
    for layer in net:
        inputs.append(layer.forward(inputs[-1]))
    loss, g_logits = softmax_ce(inputs[-1], labels)
    g = g_logits
    for i in reversed(range(len(net))):
        layer = net[i]
        g = layer.backward(inputs[i], g)
    return loss
