"""A course kit of layer objects written for one sample given as a vector: `Affine(n_in, n_out, init_flag)`
(1 for random weights) whose forward keeps its input vector and whose backward(delta, rate) builds dW with
`x.reshape(x.shape[0], 1)` and steps its own weights, a `Logistic` layer whose backward takes the rate too, and
a softmax cross-entropy layer on the integer label. A batch raises; one sample at a time it is correct."""
import numpy as np


class Logistic:
    def forward(self, x):
        self.out = 1.0 / (1.0 + np.exp(-x))
        return self.out

    def backward(self, delta, rate):
        return delta * self.out * (1.0 - self.out)


class Affine:
    def __init__(self, n_in, n_out, init_flag):
        rng = np.random.default_rng(5)
        scale = 0.1 if init_flag == 1 else 0.0
        self.W = rng.uniform(-scale, scale, (n_in, n_out))
        self.b = np.zeros(n_out)

    def forward(self, x):
        self.x = x
        return x @ self.W + self.b

    def backward(self, delta, rate):
        back = delta @ self.W.T
        dW = self.x.reshape(self.x.shape[0], 1) @ delta.reshape(1, delta.shape[0])
        self.W = self.W - rate * dW
        self.b = self.b - rate * delta
        return back


class SoftmaxXent:
    def forward(self, scores, label):
        e = np.exp(scores - scores.max())
        p = e / e.sum()
        self.grad = p.copy()
        self.grad[label] -= 1.0
        return -np.log(p[label])

    def backward(self):
        return self.grad
