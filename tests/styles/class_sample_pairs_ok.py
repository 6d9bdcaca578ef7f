"""Class trained one sample at a time: update_mini_batch(samples, rate) loops `for inp, target in samples` over
(row, label) pairs, sums the per-sample gradients of grad(inp, target) and steps by rate / len(samples); ReLU,
softmax, cross-entropy: correct."""
import numpy as np


class SampleNet:
    def __init__(self, sizes):
        rng = np.random.default_rng(10)
        self.w = [rng.normal(0.0, 0.05, (m, n)) for m, n in zip(sizes[:-1], sizes[1:])]
        self.b = [np.zeros((1, n)) for n in sizes[1:]]

    def feedforward(self, x):
        for i, (w, b) in enumerate(zip(self.w, self.b)):
            x = x @ w + b
            if i + 1 < len(self.w):
                x = np.maximum(x, 0.0)
        e = np.exp(x - x.max(axis=-1, keepdims=True))
        return e / e.sum(axis=-1, keepdims=True)

    def grad(self, inp, target):
        outs, pres = [inp], []
        for i, (w, b) in enumerate(zip(self.w, self.b)):
            pres.append(outs[-1] @ w + b)
            outs.append(np.maximum(pres[-1], 0.0) if i + 1 < len(self.w) else pres[-1])
        e = np.exp(outs[-1] - outs[-1].max())
        d = e / e.sum()
        d[0, target] -= 1.0
        gw, gb = [None] * len(self.w), [None] * len(self.b)
        for i in reversed(range(len(self.w))):
            gw[i], gb[i] = outs[i].T @ d, d.copy()
            if i > 0:
                d = (d @ self.w[i].T) * (pres[i - 1] > 0)
        return gw, gb

    def update_mini_batch(self, samples, rate):
        sw = [np.zeros_like(w) for w in self.w]
        sb = [np.zeros_like(b) for b in self.b]
        for inp, target in samples:
            gw, gb = self.grad(inp, target)
            sw = [a + g for a, g in zip(sw, gw)]
            sb = [a + g for a, g in zip(sb, gb)]
        for i in range(len(self.w)):
            self.w[i] -= rate / len(samples) * sw[i]
            self.b[i] -= rate / len(samples) * sb[i]
