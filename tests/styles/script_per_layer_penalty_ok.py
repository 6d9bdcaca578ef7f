"""A top-level classification script whose penalty is written one layer at a time at one strength (`reg_term =
0.5 * lam * np.sum(W_hid * W_hid) + 0.5 * lam * np.sum(W_out * W_out)`, then `loss = ce + reg_term`) and whose
gradients add `lam * W` for each layer; module-level weights, full-batch steps. ReLU hidden units, softmax output,
mean cross-entropy, integer labels."""
import numpy as np

rng = np.random.default_rng(21)
X = rng.standard_normal((90, 2))
y = (np.arctan2(X[:, 1], X[:, 0]) > 0).astype(int) + (X[:, 0] > 0.5)

W_hid = 0.1 * rng.standard_normal((2, 32))
b_hid = np.zeros((1, 32))
W_out = 0.1 * rng.standard_normal((32, 3))
b_out = np.zeros((1, 3))
lam = 0.002
eta = 0.5
n = X.shape[0]

for epoch in range(500):
    hid = np.maximum(0, X @ W_hid + b_hid)
    logits = hid @ W_out + b_out
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    p /= p.sum(axis=1, keepdims=True)
    ce = -np.log(p[np.arange(n), y]).mean()
    reg_term = 0.5 * lam * np.sum(W_hid * W_hid) + 0.5 * lam * np.sum(W_out * W_out)
    loss = ce + reg_term
    g = p.copy()
    g[np.arange(n), y] -= 1
    g /= n
    gW_out = hid.T @ g + lam * W_out
    gb_out = g.sum(axis=0, keepdims=True)
    gh = g @ W_out.T
    gh[hid <= 0] = 0
    gW_hid = X.T @ gh + lam * W_hid
    gb_hid = gh.sum(axis=0, keepdims=True)
    W_hid -= eta * gW_hid
    b_hid -= eta * gb_hid
    W_out -= eta * gW_out
    b_out -= eta * gb_out

print("loss", loss)
