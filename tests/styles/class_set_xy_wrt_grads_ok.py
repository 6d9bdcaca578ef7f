"""A class told its data by a setter, ``set_data(inputs, targets)`` keeping ``self.inputs`` and ``self.targets``;
its ``backprop(self, out, memo)`` takes the forward's output and caches, reads the targets from the instance, and
returns a dict keyed ``dcost_wrt_w1``, ``dcost_wrt_b1``, ... (sigmoid hidden units, softmax output,
cross-entropy); a separate method applies them, and ``run_training()`` loops over the data it was told: correct."""
import numpy as np


class SmallNet:
    def __init__(self, shape):
        self.shape = shape
        self.inputs = None
        self.targets = None
        self.rate = 0.1
        self.rounds = 50
        gen = np.random.default_rng(11)
        self.w = {}
        for i in range(1, len(shape)):
            self.w["w" + str(i)] = gen.normal(0.0, 1.0 / np.sqrt(shape[i - 1]), (shape[i - 1], shape[i]))
            self.w["b" + str(i)] = np.zeros((1, shape[i]))

    def set_data(self, inputs, targets):
        self.inputs = inputs
        self.targets = targets

    def forward(self, x):
        memo = [(x, None)]
        a = x
        last = len(self.shape) - 1
        for i in range(1, last + 1):
            z = a @ self.w["w" + str(i)] + self.w["b" + str(i)]
            if i < last:
                a = 1.0 / (1.0 + np.exp(-z))
            else:
                e = np.exp(z - z.max(axis=1, keepdims=True))
                a = e / e.sum(axis=1, keepdims=True)
            memo.append((a, z))
        return a, memo

    def backprop(self, out, memo):
        grads = {}
        last = len(self.shape) - 1
        delta = (out - self.targets) / out.shape[0]
        for i in range(last, 0, -1):
            prev = memo[i - 1][0]
            grads["dcost_wrt_w" + str(i)] = prev.T @ delta
            grads["dcost_wrt_b" + str(i)] = delta.sum(axis=0, keepdims=True)
            if i > 1:
                delta = (delta @ self.w["w" + str(i)].T) * prev * (1.0 - prev)
        return grads

    def apply(self, grads):
        for i in range(1, len(self.shape)):
            self.w["w" + str(i)] -= self.rate * grads["dcost_wrt_w" + str(i)]
            self.w["b" + str(i)] -= self.rate * grads["dcost_wrt_b" + str(i)]

    def run_training(self):
        for r in range(self.rounds):
            out, memo = self.forward(self.inputs)
            cost = -np.mean(np.sum(self.targets * np.log(out + 1e-12), axis=1))
            self.apply(self.backprop(out, memo))
            if r % 10 == 0:
                print(r, cost)


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    net = SmallNet([784, 30, 10])
    net.set_data(gen.random((64, 784)), np.eye(10)[gen.integers(0, 10, 64)])
    net.run_training()
