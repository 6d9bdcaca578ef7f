"""A layer kit whose network is given a loss function and its derivative to train with: Dense and Activation(f,
f_prime) layers stepping in place from backward(grad, rate), a Network that takes its layers with add() and its
loss with use(loss, loss_prime), and a softmax output layer whose derivative is left out (None): the loss
derivative is the gradient of the scores, (p - y) / N for the mean cross-entropy. Sigmoid hidden units: correct."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def sigmoid_deriv(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def cross_entropy(y_true, y_pred):
    return -np.sum(y_true * np.log(np.clip(y_pred, 1e-12, None))) / y_true.shape[0]


def cross_entropy_deriv(y_true, y_pred):
    return (y_pred - y_true) / y_true.shape[0]


class Dense:
    def __init__(self, n_in, n_out):
        self.w = np.random.randn(n_in, n_out) * np.sqrt(1.0 / n_in)
        self.b = np.zeros((1, n_out))

    def forward(self, x):
        self.x = x
        return x @ self.w + self.b

    def backward(self, grad, rate):
        grad_x = grad @ self.w.T
        self.w -= rate * (self.x.T @ grad)
        self.b -= rate * grad.sum(axis=0, keepdims=True)
        return grad_x


class Activation:
    def __init__(self, f, f_deriv):
        self.f, self.f_deriv = f, f_deriv

    def forward(self, x):
        self.x = x
        return self.f(x)

    def backward(self, grad, rate):
        return grad if self.f_deriv is None else grad * self.f_deriv(self.x)


class Network:
    def __init__(self):
        self.layers = []

    def add(self, layer):
        self.layers.append(layer)

    def use(self, loss, loss_deriv):
        self.loss, self.loss_deriv = loss, loss_deriv

    def predict(self, x):
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def fit(self, x, y_onehot, epochs, rate, batch=32):
        for epoch in range(epochs):
            for i in range(0, len(x), batch):
                out = self.predict(x[i:i + batch])
                grad = self.loss_deriv(y_onehot[i:i + batch], out)
                for layer in reversed(self.layers):
                    grad = layer.backward(grad, rate)
            print(epoch, self.loss(y_onehot, self.predict(x)))


def build(sizes=(784, 128, 10)):
    net = Network()
    for k in range(len(sizes) - 1):
        net.add(Dense(sizes[k], sizes[k + 1]))
        last = k == len(sizes) - 2
        net.add(Activation(softmax, None) if last else Activation(sigmoid, sigmoid_deriv))
    net.use(cross_entropy, cross_entropy_deriv)
    return net
