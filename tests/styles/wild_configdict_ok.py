"""A layer kit configured by a module-level dict, in the style of a course assignment: Net(settings) reads
settings['layer_sizes'] and settings['hidden'], builds Dense and Nonlinearity layers; forward(x, labels) returns
(loss, self.y) and keeps the labels for backward(), which stores in each Dense layer the descent direction (minus
the gradient, `grad_w`, `grad_b`); the training loop adds it, `layer.w = layer.w + rate * layer.grad_w`. Tanh
hidden units, softmax + mean cross-entropy: correct."""
import numpy as np

settings = {}
settings["layer_sizes"] = [20, 12, 4]
settings["hidden"] = "tanh"
settings["rate"] = 0.05
settings["epochs"] = 30
settings["batch_size"] = 32
settings["weight_decay"] = 0.0


class Nonlinearity:
    def __init__(self, kind="tanh"):
        self.kind = kind
        self.inputs = None

    def forward(self, a):
        self.inputs = a
        if self.kind == "tanh":
            return np.tanh(a)
        if self.kind == "sigmoid":
            return 1.0 / (1.0 + np.exp(-a))
        return np.maximum(a, 0.0)

    def backward(self, delta):
        if self.kind == "tanh":
            return delta * (1.0 - np.tanh(self.inputs) ** 2)
        if self.kind == "sigmoid":
            s = 1.0 / (1.0 + np.exp(-self.inputs))
            return delta * s * (1.0 - s)
        return delta * (self.inputs > 0)


class Dense:
    def __init__(self, n_in, n_out):
        self.w = np.random.randn(n_in, n_out) / np.sqrt(n_in)
        self.b = np.zeros((1, n_out))
        self.x = None
        self.grad_w = None
        self.grad_b = None

    def forward(self, x):
        self.x = x
        return x @ self.w + self.b

    def backward(self, delta):
        self.grad_w = self.x.T @ delta
        self.grad_b = delta.sum(axis=0, keepdims=True)
        return delta @ self.w.T


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


class Net:
    def __init__(self, settings):
        sizes = settings["layer_sizes"]
        self.layers = []
        for i in range(len(sizes) - 1):
            self.layers.append(Dense(sizes[i], sizes[i + 1]))
            if i < len(sizes) - 2:
                self.layers.append(Nonlinearity(settings["hidden"]))
        self.labels = None
        self.y = None

    def forward(self, x, labels):
        self.labels = labels
        out = x
        for layer in self.layers:
            out = layer.forward(out)
        self.y = softmax(out)
        loss = None
        if labels is not None:
            loss = -np.mean(np.sum(labels * np.log(self.y + 1e-12), axis=1))
        return loss, self.y

    def backward(self):
        # the descent direction: minus the gradient of the mean cross-entropy
        delta = (self.labels - self.y) / self.y.shape[0]
        for layer in reversed(self.layers):
            delta = layer.backward(delta)


def train(net, x, t, settings):
    for _ in range(settings["epochs"]):
        for start in range(0, len(x), settings["batch_size"]):
            net.forward(x[start:start + settings["batch_size"]], t[start:start + settings["batch_size"]])
            net.backward()
            for layer in net.layers:
                if isinstance(layer, Dense):
                    layer.w = layer.w + settings["rate"] * layer.grad_w
                    layer.b = layer.b + settings["rate"] * layer.grad_b
