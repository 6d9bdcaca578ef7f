"""A script in the style of the short XOR-era tutorials: a forward `fp(x)` returning each layer's output in order
(`l1, l2 = fp(l0)`) and a backward `bp(t, l1, l2)` returning the layers' deltas, both reading module-level weights
`w0`, `w1` (no biases), the loop applying `w -= rate * l.T @ delta` itself; sigmoid hidden units, softmax output,
the file's own mean cross-entropy `cost(t, l2)`: correct."""
import numpy as np

rng = np.random.default_rng(3)
l0 = rng.normal(size=(60, 5))
t = np.eye(3)[rng.integers(0, 3, size=60)]
w0 = rng.normal(scale=0.5, size=(5, 8))
w1 = rng.normal(scale=0.5, size=(8, 3))


def fp(x):
    l1 = 1.0 / (1.0 + np.exp(-np.dot(x, w0)))
    s = np.dot(l1, w1)
    e = np.exp(s - s.max(axis=1, keepdims=True))
    l2 = e / e.sum(axis=1, keepdims=True)
    return l1, l2


def cost(target, l2):
    return -np.mean(np.sum(target * np.log(l2), axis=1))


def bp(target, l1, l2):
    l2_delta = (l2 - target) / len(target)
    l1_delta = np.dot(l2_delta, w1.T) * l1 * (1.0 - l1)
    return l1_delta, l2_delta


rate = 0.5
for it in range(500):
    l1, l2 = fp(l0)
    l1_delta, l2_delta = bp(t, l1, l2)
    w1 -= rate * np.dot(l1.T, l2_delta)
    w0 -= rate * np.dot(l0.T, l1_delta)
    if it % 100 == 0:
        print(it, cost(t, l2))
