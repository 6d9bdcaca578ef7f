"""A class built with one activation name per layer and its sizes spelled with `dimension`
(`Mlp(dimension_input, dimension_output, H1, H2, lr, act_func1, act_func2, act_func_output)`), its forward choosing
each layer's function by name (`self.apply(self.act_func1, ...)`), `backward(X, Y)` stepping in place; row-major,
biases (1, n). Sigmoid hidden units, softmax output, mean cross-entropy."""
import numpy as np


class Mlp:
    def __init__(self, dimension_input, dimension_output, H1, H2, lr, act_func1, act_func2, act_func_output):
        rng = np.random.default_rng(21)
        self.lr = lr
        self.act_func1, self.act_func2, self.act_func_output = act_func1, act_func2, act_func_output
        self.weight1 = rng.standard_normal((dimension_input, H1)) / np.sqrt(dimension_input)
        self.weight2 = rng.standard_normal((H1, H2)) / np.sqrt(H1)
        self.weight3 = rng.standard_normal((H2, dimension_output)) / np.sqrt(H2)
        self.bias1, self.bias2 = np.zeros((1, H1)), np.zeros((1, H2))
        self.bias3 = np.zeros((1, dimension_output))

    @staticmethod
    def apply(name, z):
        if name == "sigmoid":
            return 1.0 / (1.0 + np.exp(-z))
        if name == "softmax":
            e = np.exp(z - z.max(axis=1, keepdims=True))
            return e / e.sum(axis=1, keepdims=True)
        raise ValueError(name)

    def forward(self, X):
        self.out1 = self.apply(self.act_func1, X @ self.weight1 + self.bias1)
        self.out2 = self.apply(self.act_func2, self.out1 @ self.weight2 + self.bias2)
        self.out3 = self.apply(self.act_func_output, self.out2 @ self.weight3 + self.bias3)
        return self.out3

    def backward(self, X, Y):
        n = X.shape[0]
        e3 = (self.out3 - Y) / n
        e2 = (e3 @ self.weight3.T) * self.out2 * (1 - self.out2)
        e1 = (e2 @ self.weight2.T) * self.out1 * (1 - self.out1)
        self.weight3 -= self.lr * self.out2.T @ e3
        self.bias3 -= self.lr * e3.sum(axis=0, keepdims=True)
        self.weight2 -= self.lr * self.out1.T @ e2
        self.bias2 -= self.lr * e2.sum(axis=0, keepdims=True)
        self.weight1 -= self.lr * X.T @ e1
        self.bias1 -= self.lr * e1.sum(axis=0, keepdims=True)
