"""Exit 2: a network whose weights are Python lists of lists, walked by loops (no NumPy arrays to read)."""
import math
import random


class ListNet:
    def __init__(self, n_in, n_hidden, n_out):
        self.w_in = [[random.uniform(-0.5, 0.5) for _ in range(n_hidden)] for _ in range(n_in)]
        self.w_out = [[random.uniform(-0.5, 0.5) for _ in range(n_out)] for _ in range(n_hidden)]

    def feedforward(self, x):
        self.h = [math.tanh(sum(x[i] * self.w_in[i][j] for i in range(len(x)))) for j in range(len(self.w_in[0]))]
        self.o = [sum(self.h[j] * self.w_out[j][k] for j in range(len(self.h))) for k in range(len(self.w_out[0]))]
        return self.o

    def backprop(self, x, target, rate):
        d_out = [self.o[k] - target[k] for k in range(len(self.o))]
        d_hid = [(1 - self.h[j] ** 2) * sum(d_out[k] * self.w_out[j][k] for k in range(len(d_out)))
                 for j in range(len(self.h))]
        for j in range(len(self.h)):
            for k in range(len(d_out)):
                self.w_out[j][k] -= rate * d_out[k] * self.h[j]
        for i in range(len(x)):
            for j in range(len(self.h)):
                self.w_in[i][j] -= rate * d_hid[j] * x[i]
