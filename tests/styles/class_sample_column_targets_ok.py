"""A per-sample class whose forward makes a column of the one sample it is given (`sample.reshape(-1, 1)`) and
returns every layer's output only when asked (`run(sample, keep_outputs=True)`); its `gradient(outputs, target)`
takes that list and a one-hot target column (K, 1), the way its training loop stores targets. xval passes each
sample's target as a column: given as a row, `outputs[-1] - target` would broadcast into a (K, K) matrix.
ReLU hidden units, softmax output, cross-entropy per sample; the batch's gradient is the mean of the samples'."""
import numpy as np


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


class Classifier:
    def __init__(self, layer_sizes, seed=0):
        rng = np.random.default_rng(seed)
        self.W = [rng.normal(0, np.sqrt(2 / m), (n, m)) for m, n in zip(layer_sizes[:-1], layer_sizes[1:])]
        self.b = [np.zeros((n, 1)) for n in layer_sizes[1:]]

    def run(self, sample, keep_outputs=False):
        h = np.asarray(sample, dtype=float).reshape(-1, 1)
        outputs = [h]
        for i, (W, b) in enumerate(zip(self.W, self.b)):
            z = W @ h + b
            h = softmax(z) if i == len(self.W) - 1 else np.maximum(z, 0)
            outputs.append(h)
        return outputs if keep_outputs else h

    def gradient(self, outputs, target):
        err = outputs[-1] - target
        g_W, g_b = [], []
        for i in range(len(self.W) - 1, -1, -1):
            g_W.insert(0, err @ outputs[i].T)
            g_b.insert(0, err)
            if i > 0:
                err = (self.W[i].T @ err) * (outputs[i] > 0)
        return g_W, g_b


def train(net, samples, targets, lr=0.1, epochs=1):
    for _ in range(epochs):
        for sample, target in zip(samples, targets):
            g_W, g_b = net.gradient(net.run(sample, keep_outputs=True), target.reshape(-1, 1))
            net.W = [W - lr * g for W, g in zip(net.W, g_W)]
            net.b = [b - lr * g for b, g in zip(net.b, g_b)]
