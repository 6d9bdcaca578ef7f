"""A script in the style of the minimal from-scratch MNIST notebooks: each step draws a random batch of indices
(`idx = np.random.randint(0, n, size=bs)`), scales the images it takes (`xb = images[idx].reshape(-1, 784) / 255`),
calls one function doing the forward and the backward (`out, dW1, dW2 = fwd_bwd(xb, yb, W1, W2)`, no biases), and
records a "loss" of the predicted classes beside the accuracy; relu hidden units, softmax, cross-entropy: correct."""
import numpy as np

rng = np.random.default_rng(7)
images = rng.integers(0, 256, size=(500, 28, 28)).astype(np.float64)
digits = rng.integers(0, 10, size=500)


def weights(n_in, n_out):
    return rng.uniform(-1.0, 1.0, size=(n_in, n_out)) / np.sqrt(n_in * n_out)


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def fwd_bwd(xb, yb, W1, W2):
    onehot = np.zeros((len(yb), 10))
    onehot[np.arange(len(yb)), yb] = 1.0
    h_pre = xb @ W1
    h = np.maximum(h_pre, 0)
    out = softmax(h @ W2)
    g = (out - onehot) / len(yb)
    dW2 = h.T @ g
    dh = (g @ W2.T) * (h_pre > 0)
    dW1 = xb.T @ dh
    return out, dW1, dW2


W1 = weights(784, 32)
W2 = weights(32, 10)
bs, lr, history = 16, 0.1, []
for step in range(200):
    idx = np.random.randint(0, images.shape[0], size=bs)
    xb = images[idx].reshape(-1, 784) / 255.0
    yb = digits[idx]
    out, dW1, dW2 = fwd_bwd(xb, yb, W1, W2)
    pred = np.argmax(out, axis=1)
    history.append((((pred - yb) ** 2).mean(), (pred == yb).mean()))
    W1 = W1 - lr * dW1
    W2 = W2 - lr * dW2
