"""A script that splits its data into mini-batches each epoch (``np.array_split``) and walks them in pairs
(``for x_batch, y_batch in zip(x_batches, y_batches):``), two layers as matrices (out, in) applied to column-major
batches. ReLU hidden units, softmax outputs, one-hot labels as columns, cross-entropy averaged over the batch."""

import numpy as np

rng = np.random.default_rng(8)
features = rng.normal(size=(7, 150))
onehot = np.eye(3)[:, np.argmax(features[:3], axis=0)]

W1 = rng.normal(0, np.sqrt(2 / 7), (16, 7))
b1 = np.zeros((16, 1))
W2 = rng.normal(0, np.sqrt(2 / 16), (3, 16))
b2 = np.zeros((3, 1))
alpha = 0.1

for epoch in range(40):
    order = rng.permutation(features.shape[1])
    x_batches = np.array_split(features[:, order], 5, axis=1)
    y_batches = np.array_split(onehot[:, order], 5, axis=1)
    for x_batch, y_batch in zip(x_batches, y_batches):
        m = x_batch.shape[1]
        Z1 = W1 @ x_batch + b1
        A1 = np.maximum(Z1, 0)
        Z2 = W2 @ A1 + b2
        E = np.exp(Z2 - Z2.max(axis=0, keepdims=True))
        A2 = E / E.sum(axis=0, keepdims=True)
        dZ2 = (A2 - y_batch) / m
        dW2 = dZ2 @ A1.T
        db2 = dZ2.sum(axis=1, keepdims=True)
        dZ1 = (W2.T @ dZ2) * (Z1 > 0)
        dW1 = dZ1 @ x_batch.T
        db1 = dZ1.sum(axis=1, keepdims=True)
        W1 = W1 - alpha * dW1
        b1 = b1 - alpha * db1
        W2 = W2 - alpha * dW2
        b2 = b2 - alpha * db2
print(float(-np.mean(np.sum(y_batch * np.log(A2 + 1e-12), axis=0))))
