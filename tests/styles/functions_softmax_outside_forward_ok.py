"""Functions whose forward stops at the logits (``forward_pass`` returns ``h1, z1, z2``) while a function of
its own makes the probabilities and the loss (``probabilities_and_loss(z2, labels) -> (probs, loss)``), and
``calculate_gradients(h1, probs, W2, z1, x, labels)`` takes those probabilities: they are given as that function
makes them of the logits. ReLU hidden units, softmax outputs, integer labels, cross-entropy averaged over the
batch."""

import numpy as np


def init(n_in, n_hidden, n_out, seed=9):
    rng = np.random.default_rng(seed)
    return (rng.normal(0, np.sqrt(2 / n_in), (n_in, n_hidden)), np.zeros((1, n_hidden)),
            rng.normal(0, np.sqrt(2 / n_hidden), (n_hidden, n_out)), np.zeros((1, n_out)))


def forward_pass(x, W1, b1, W2, b2):
    z1 = x @ W1 + b1
    h1 = np.maximum(z1, 0)
    z2 = h1 @ W2 + b2
    return h1, z1, z2


def probabilities_and_loss(z2, labels):
    shifted = z2 - z2.max(axis=1, keepdims=True)
    e = np.exp(shifted)
    probs = e / e.sum(axis=1, keepdims=True)
    picked = np.clip(probs[np.arange(len(labels)), labels], 1e-12, 1.0)
    return probs, -np.mean(np.log(picked))


def calculate_gradients(h1, probs, W2, z1, x, labels):
    n = labels.shape[0]
    d_logits = probs.copy()
    d_logits[np.arange(n), labels] -= 1
    d_logits /= n
    dW2 = h1.T @ d_logits
    db2 = d_logits.sum(axis=0, keepdims=True)
    d_pre = (d_logits @ W2.T) * (z1 > 0)
    dW1 = x.T @ d_pre
    db1 = d_pre.sum(axis=0, keepdims=True)
    return dW1, db1, dW2, db2


def apply(rate, W1, b1, W2, b2, dW1, db1, dW2, db2):
    return W1 - rate * dW1, b1 - rate * db1, W2 - rate * dW2, b2 - rate * db2


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    x = rng.normal(size=(150, 6))
    labels = np.argmax(x[:, :4], axis=1)
    W1, b1, W2, b2 = init(6, 16, 4)
    for step in range(200):
        h1, z1, z2 = forward_pass(x, W1, b1, W2, b2)
        probs, loss = probabilities_and_loss(z2, labels)
        W1, b1, W2, b2 = apply(0.3, W1, b1, W2, b2, *calculate_gradients(h1, probs, W2, z1, x, labels))
    print(round(float(loss), 4))
