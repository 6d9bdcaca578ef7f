"""One worked step of backprop written out at top level, no loop and no function: a single sample, tanh hidden
units, a softmax output and cross-entropy, then one update of every parameter and the loss again."""
import numpy as np

sample = np.array([[0.9, -0.4, 0.3, 0.1]])
target = np.array([[0.0, 0.0, 1.0]])
gen = np.random.default_rng(11)
U = gen.normal(0, 0.5, (4, 5))
c = np.zeros((1, 5))
V = gen.normal(0, 0.5, (5, 3))
d = np.zeros((1, 3))
eta = 0.05


def softmax(s):
    e = np.exp(s - s.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


s = sample @ U + c
h = np.tanh(s)
o = h @ V + d
p = softmax(o)
print("loss before", -np.sum(target * np.log(p)))

g_o = p - target
g_V = h.T @ g_o
g_d = g_o.sum(axis=0, keepdims=True)
g_h = (g_o @ V.T) * (1 - h ** 2)
g_U = sample.T @ g_h
g_c = g_h.sum(axis=0, keepdims=True)

V -= eta * g_V
d -= eta * g_d
U -= eta * g_U
c -= eta * g_c
print("loss after", -np.sum(target * np.log(softmax(np.tanh(sample @ U + c) @ V + d))))
