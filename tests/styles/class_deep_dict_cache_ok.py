"""A deep binary-style classifier whose sizes list holds every layer but the input (`Deep(n_in, widths)`), its
parameters in one private dict keyed 'W1', 'b1', ..., built in a loop. `forward_prop(X)` (features x samples)
assigns `out = sigmoid(W @ prev + b)` for every layer, keeping each in a dict `{'A0': X, 'A1': ...}` that it returns
beside the last output; `gradient_descent(Y, cache, alpha)` reads that dict by key and steps in place. Sigmoid units
throughout; its cost guards the log with a one written as a named constant `_one = 1.0000001`."""
import numpy as np


def sigmoid(v):
    return 1.0 / (1.0 + np.exp(-v))


class Deep:
    def __init__(self, n_in, widths):
        if type(widths) is not list or not widths:
            raise TypeError("widths must be a list of positive integers")
        self.__depth = len(widths)
        self.__params = {}
        fan_in = n_in
        for i, w in enumerate(widths, start=1):
            self.__params["W" + str(i)] = np.random.randn(w, fan_in) * np.sqrt(1.0 / fan_in)
            self.__params["b" + str(i)] = np.zeros((w, 1))
            fan_in = w
        self.__cache = {}

    @property
    def params(self):
        return self.__params

    def forward_prop(self, X):
        activations = {"A0": X}
        out = X
        for i in range(1, self.__depth + 1):
            prev = activations["A" + str(i - 1)]
            out = sigmoid(self.__params["W" + str(i)] @ prev + self.__params["b" + str(i)])
            activations["A" + str(i)] = out
        self.__cache = activations
        return out, activations

    def cost(self, Y, A):
        _one = 1.0000001
        per_sample = -np.sum(Y * np.log(A) + (1 - Y) * np.log(_one - A), axis=0)
        return np.mean(per_sample)

    def gradient_descent(self, Y, cache, alpha=0.05):
        m = Y.shape[1]
        g = cache["A" + str(self.__depth)] - Y
        for i in range(self.__depth, 0, -1):
            prev = cache["A" + str(i - 1)]
            W = self.__params["W" + str(i)]
            g_prev = (W.T @ g) * prev * (1 - prev)
            self.__params["W" + str(i)] = W - alpha * (g @ prev.T) / m
            self.__params["b" + str(i)] = self.__params["b" + str(i)] - alpha * np.sum(g, axis=1, keepdims=True) / m
            g = g_prev


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    X = gen.random((784, 64))
    Y = np.eye(10)[gen.integers(0, 10, 64)].T
    model = Deep(784, [32, 16, 10])
    for _ in range(10):
        A, cache = model.forward_prop(X)
        model.gradient_descent(Y, cache)
    print(model.cost(Y, model.forward_prop(X)[0]))
