"""A row-major training script whose mini-batches come from a function of its own that slices the arrays it is
given (`xb, yb = take_batch(X_all, T_all, lo, hi)`), layer helpers returning each activation with its slope, a
loss function returning the output gradient beside the cost, and sigmoid hidden units, softmax, cross-entropy;
the batch size is a module constant its helpers divide by: correct."""
import numpy as np

n_batch = 32
step = 0.2
rng = np.random.default_rng(8)
X_all = rng.random((640, 64))
T_all = np.eye(10)[rng.integers(0, 10, 640)]


def take_batch(inputs, targets, lo, hi):
    xb = inputs[lo:hi]
    yb = targets[lo:hi]
    return xb, yb


def dense(a_in, W, b):
    s = 1.0 / (1.0 + np.exp(-(a_in @ W + b)))
    return s, s * (1.0 - s)


def loss_and_grad(scores, onehot):
    e = np.exp(scores - scores.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    cost = -np.sum(onehot * np.log(p)) / n_batch
    return cost, (p - onehot) / n_batch


W_h = rng.normal(0.0, 0.1, (64, 24))
b_h = np.zeros((1, 24))
W_o = rng.normal(0.0, 0.1, (24, 10))
b_o = np.zeros((1, 10))

for epoch in range(5):
    for it in range(len(X_all) // n_batch):
        lo = it * n_batch
        hi = lo + n_batch
        xb, yb = take_batch(X_all, T_all, lo, hi)
        h, h_slope = dense(xb, W_h, b_h)
        scores = h @ W_o + b_o
        cost, d_scores = loss_and_grad(scores, yb)
        gW_o = h.T @ d_scores
        gb_o = d_scores.sum(axis=0, keepdims=True)
        d_h = (d_scores @ W_o.T) * h_slope
        gW_h = xb.T @ d_h
        gb_h = d_h.sum(axis=0, keepdims=True)
        W_o = W_o - step * gW_o
        b_o = b_o - step * gb_o
        W_h = W_h - step * gW_h
        b_h = b_h - step * gb_h
    print(epoch, cost)
