"""A training script: module-level weights, the forward, backward and update written inline in the loop.

The data would come from files next to the script (absent here: the loop is checked on xval's batch)."""
import numpy as np

rng = np.random.default_rng(0)
n_in, n_hidden, n_out = 784, 32, 10
W1 = rng.normal(0, 0.05, (n_in, n_hidden))
b1 = np.zeros((1, n_hidden))
W2 = rng.normal(0, 0.05, (n_hidden, n_out))
b2 = np.zeros((1, n_out))
X = np.load("train_x.npy") / 255.0
y = np.load("train_y.npy")
m = X.shape[0]
lr = 0.1

for epoch in range(20):
    z1 = X @ W1 + b1
    a1 = np.maximum(z1, 0)
    z2 = a1 @ W2 + b2
    e = np.exp(z2 - z2.max(axis=1, keepdims=True))
    probs = e / e.sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(probs[np.arange(m), y]))
    d2 = probs.copy()
    d2[np.arange(m), y] -= 1
    d2 /= m
    dW2 = a1.T @ d2
    db2 = d2.sum(axis=0, keepdims=True)
    d1 = (d2 @ W2.T) * (z1 > 0)
    dW1 = X.T @ d1
    db1 = d1.sum(axis=0, keepdims=True)
    W1 -= lr * dW1
    b1 -= lr * db1
    W2 -= lr * dW2
    b2 -= lr * db2
    print(f"epoch {epoch}: loss {loss:.4f}")
