"""A network whose constructor is handed activation classes, not their names (`Network(n_in, n_out, layer1_act,
layer1_size, layer2_act)`, each layer building `act_class()`), with no call of its own that says which; its rate
kept as `self.gain` (a name that does not say rate) and applied by a method handed each array
(`return W - self.gain * dW`); tanh hidden units, a softmax output, the mean cross-entropy of its loss class."""
import numpy as np


class Tanh:
    def forward(self, z):
        self.out = np.tanh(z)
        return self.out

    def backward(self, grad):
        return grad * (1.0 - self.out ** 2)


class Softmax:
    def forward(self, z):
        e = np.exp(z - z.max(axis=1, keepdims=True))
        self.out = e / e.sum(axis=1, keepdims=True)
        return self.out

    def backward(self, grad):  # paired with the cross-entropy below, whose gradient is already the logits'
        return grad


class CrossEntropy:
    def value(self, target, prob):
        return -np.mean(np.sum(target * np.log(prob + 1e-12), axis=1))

    def gradient(self, target, prob):  # with respect to the softmax's input
        return (prob - target) / len(target)


class Dense:
    def __init__(self, act_class, n_in, n_out):
        self.act = act_class()
        self.W = np.random.randn(n_in, n_out) * np.sqrt(1.0 / n_in)
        self.b = np.zeros((1, n_out))

    def forward(self, x):
        self.x = x
        return self.act.forward(x @ self.W + self.b)

    def backward(self, grad):
        g = self.act.backward(grad)
        self.dW = self.x.T @ g
        self.db = g.sum(axis=0, keepdims=True)
        return g @ self.W.T


class Network:
    def __init__(self, n_in, n_out, layer1_act, layer1_size, layer2_act, loss=CrossEntropy, gain=0.05):
        self.first = Dense(layer1_act, n_in, layer1_size)
        self.second = Dense(layer2_act, layer1_size, n_out)
        self.loss = loss()
        self.gain = gain

    def apply(self, W, dW):
        return W - self.gain * dW

    def forward(self, x):
        return self.second.forward(self.first.forward(x))

    def backward(self, target, prob):
        self.first.backward(self.second.backward(self.loss.gradient(target, prob)))
        for layer in (self.second, self.first):
            layer.W = self.apply(layer.W, layer.dW)
            layer.b = self.apply(layer.b, layer.db)
