"""A script whose epoch loop draws its mini-batches from a generator of its own
(``for images, targets in minibatches(X_train, y_train, 32):``), the forward, backward and update written out in
the loop's body over module-level weights. tanh hidden units, softmax outputs, integer labels, cross-entropy
averaged over the batch."""

import numpy as np

rng = np.random.default_rng(3)
X_train = rng.normal(size=(160, 8))
y_train = np.argmax(X_train[:, :4], axis=1)

Wa = rng.normal(0, 1 / np.sqrt(8), (8, 12))
ba = np.zeros(12)
Wb = rng.normal(0, 1 / np.sqrt(12), (12, 4))
bb = np.zeros(4)
step = 0.2


def minibatches(data, labels, size):
    order = rng.permutation(len(data))
    for first in range(0, len(data), size):
        chosen = order[first:first + size]
        yield data[chosen], labels[chosen]


for epoch in range(25):
    for images, targets in minibatches(X_train, y_train, 32):
        hidden = np.tanh(images @ Wa + ba)
        logits = hidden @ Wb + bb
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True)
        count = images.shape[0]
        delta = probs.copy()
        delta[np.arange(count), targets] -= 1
        delta /= count
        gWb = hidden.T @ delta
        gbb = delta.sum(axis=0)
        back = (delta @ Wb.T) * (1 - hidden ** 2)
        gWa = images.T @ back
        gba = back.sum(axis=0)
        Wb -= step * gWb
        bb -= step * gbb
        Wa -= step * gWa
        ba -= step * gba
    if epoch % 5 == 0:
        print(epoch, -np.mean(np.log(probs[np.arange(count), targets])))
