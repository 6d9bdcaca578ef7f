"""Bug: a tiny XOR network (2-2-1, ReLU hidden and ReLU output, mean squared error) whose step takes a learning
rate and ignores it, stepping by a hard-coded 0.1: the update rule is wrong even where a first batch leaves every
unit of so small a network dead (a zero step scales with any rate: the rule is judged on a batch that moves)."""
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

    def train_step(self, x, y, lr):
        self.forward(x)
        d_o = 2.0 * (self.o - y) / y.shape[0] * (self.z_o > 0)
        d_h = (d_o @ self.w_o.T) * (self.z_h > 0)
        self.w_o -= 0.1 * (self.h.T @ d_o)
        self.b_o -= 0.1 * d_o.sum(axis=0)
        self.w_h -= 0.1 * (self.x.T @ d_h)
        self.b_h -= 0.1 * d_h.sum(axis=0)
