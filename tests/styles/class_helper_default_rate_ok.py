"""A tiny XOR network (2-2-1, ReLU hidden and ReLU output, mean squared error) whose backward takes only the
targets and steps through a helper method at the rate that helper takes by default (`step_size=0.1`, never
passed): its gradient is read at that rate. Correct."""
import numpy as np


class TinyXor:
    def __init__(self):
        self.w_h = np.random.rand(2, 2)
        self.b_h = np.random.rand(2)
        self.w_o = np.random.rand(2, 1)
        self.b_o = np.random.rand(1)

    @staticmethod
    def relu(z):
        return np.maximum(z, 0.0)

    def forward(self, x):
        self.x = x
        self.z_h = x @ self.w_h + self.b_h
        self.h = self.relu(self.z_h)
        self.z_o = self.h @ self.w_o + self.b_o
        self.o = self.relu(self.z_o)
        return self.o

    def cost(self, y):
        return np.mean((y - self.o) ** 2)

    def backward(self, y):
        d_o = 2.0 * (self.o - y) / y.shape[0] * (self.z_o > 0)
        g_w_o = self.h.T @ d_o
        g_b_o = d_o.sum(axis=0)
        d_h = (d_o @ self.w_o.T) * (self.z_h > 0)
        g_w_h = self.x.T @ d_h
        g_b_h = d_h.sum(axis=0)
        self._apply(g_w_h, g_b_h, g_w_o, g_b_o)

    def _apply(self, g_w_h, g_b_h, g_w_o, g_b_o, step_size=0.1):
        self.w_h -= step_size * g_w_h
        self.b_h -= step_size * g_b_h
        self.w_o -= step_size * g_w_o
        self.b_o -= step_size * g_b_o


if __name__ == "__main__":
    X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
    Y = np.array([[0], [1], [1], [0]], dtype=float)
    net = TinyXor()
    for epoch in range(2000):
        net.forward(X)
        net.backward(Y)
    print(net.cost(Y))
