"""A script that shuffles its samples with a permutation and takes one at a time through it (`k = order[i]`,
`x = inputs[k].reshape(-1, 1)`): module-level weights (out, in) and column biases, tanh hidden units, a softmax
output and the cross-entropy of each sample, the update after every sample."""
import numpy as np

rng = np.random.default_rng(7)
inputs = rng.normal(size=(60, 4))
targets = np.eye(3)[rng.integers(0, 3, 60)]
W_a = rng.normal(0, 0.5, (5, 4))
c_a = np.zeros((5, 1))
W_b = rng.normal(0, 0.5, (3, 5))
c_b = np.zeros((3, 1))
rate = 0.05

for epoch in range(30):
    order = rng.permutation(len(inputs))
    total = 0.0
    for i in range(len(inputs)):
        k = order[i]
        x = inputs[k].reshape(-1, 1)
        t = targets[k].reshape(-1, 1)
        h = np.tanh(W_a @ x + c_a)
        s = W_b @ h + c_b
        p = np.exp(s - s.max()) / np.exp(s - s.max()).sum()
        total += -np.sum(t * np.log(p))
        g_s = p - t
        g_h = (W_b.T @ g_s) * (1 - h ** 2)
        W_b -= rate * g_s @ h.T
        c_b -= rate * g_s
        W_a -= rate * g_h @ x.T
        c_a -= rate * g_h
    print(epoch, total / len(inputs))
