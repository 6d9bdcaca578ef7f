"""A column-major class built from one array of layer sizes, `n` (its constructor reads `n.size`), and a step
size `h` under no name that says rate: Y_hat(X) is its forward, and back_propagate(X, Y) walks the layers from
the top, handing each layer's gradient to update_layer(), which does `self.W[l] -= dW * h` with `h = self.h`.
Tanh hidden units, a shifted softmax over each column, the mean cross-entropy its cost() computes."""
import numpy as np


class StackNet:
    def __init__(self, n, h=0.1):
        self.n, self.h = n, h
        self.L = n.size - 1
        gen = np.random.default_rng(12)
        self.W = [gen.normal(0, 1 / np.sqrt(n[l]), (n[l + 1], n[l])) for l in range(self.L)]
        self.b = [np.zeros((n[l + 1], 1)) for l in range(self.L)]

    def Y_hat(self, X):
        self.A = [X]
        for l in range(self.L):
            Z = self.W[l] @ self.A[-1] + self.b[l]
            if l < self.L - 1:
                self.A.append(np.tanh(Z))
            else:
                E = np.exp(Z - Z.max(axis=0, keepdims=True))
                self.A.append(E / E.sum(axis=0, keepdims=True))
        return self.A[-1]

    def cost(self, Y, P):
        return -np.mean(np.sum(Y * np.log(P + 1e-12), axis=0))

    def update_layer(self, l, dW, db):
        h = self.h
        self.W[l] -= dW * h
        self.b[l] -= db * h

    def back_propagate(self, X, Y):
        m = X.shape[1]
        self.Y_hat(X)
        dZ = (self.A[-1] - Y) / m
        grads = []
        for l in range(self.L - 1, -1, -1):
            grads.append((l, dZ @ self.A[l].T, dZ.sum(axis=1, keepdims=True)))
            if l:
                dZ = (self.W[l].T @ dZ) * (1 - self.A[l] ** 2)
        for l, dW, db in grads:
            self.update_layer(l, dW, db)


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    X, Y = gen.normal(size=(4, 30)), np.eye(3)[:, gen.integers(0, 3, 30)]
    net = StackNet(np.array([4, 6, 3]))
    for _ in range(50):
        net.back_propagate(X, Y)
    print(net.cost(Y, net.Y_hat(X)))
