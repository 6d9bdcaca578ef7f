"""A literal transcription of the original notebook's training algorithm, for faithfulness tests only.

Written for the tests from the notebook's description of its arithmetic (see
../shared/seed/): the same NumPy calls on the same shapes in the same order,
with the lists of weights and biases updated in place. The product in impl/
must reproduce it bit for bit; nothing outside tests/ imports this.
"""

import numpy as np


def nb_relu(x):
    return np.maximum(0, x)


def nb_relu_derivative(x):
    return (x > 0).astype(float)


def nb_softmax(x):
    shifted = np.exp(x - np.max(x, axis=1, keepdims=True))
    return shifted / np.sum(shifted, axis=1, keepdims=True)


def nb_loss(y_pred, y_true):
    clipped = np.clip(y_pred, 1e-12, 1.0 - 1e-12)
    return -np.mean(np.log(clipped[np.arange(len(y_true)), y_true]))


def nb_forward(x, weights, biases):
    zs, activations = [], [x]
    for i in range(len(weights)):
        z = np.dot(activations[-1], weights[i]) + biases[i]
        zs.append(z)
        activations.append(nb_relu(z) if i < len(weights) - 1 else nb_softmax(z))
    return zs, activations


def nb_backward(x, y_true, zs, activations, weights, biases, learning_rate):
    n_layers = len(weights)
    batch_size = x.shape[0]
    grads_w, grads_b = [None] * n_layers, [None] * n_layers
    delta = activations[-1].copy()
    delta[np.arange(batch_size), y_true] -= 1
    delta /= batch_size
    grads_w[-1] = np.dot(activations[n_layers - 1].T, delta)
    grads_b[-1] = np.sum(delta, axis=0, keepdims=True)
    for layer in range(n_layers - 2, -1, -1):
        delta = np.dot(delta, weights[layer + 1].T) * nb_relu_derivative(zs[layer])
        grads_w[layer] = np.dot(activations[layer].T, delta)
        grads_b[layer] = np.sum(delta, axis=0, keepdims=True)
    for i in range(n_layers):
        weights[i] -= learning_rate * grads_w[i]
        biases[i] -= learning_rate * grads_b[i]


def nb_accuracy(x, y_true, weights, biases):
    _, activations = nb_forward(x, weights, biases)
    return np.mean(np.argmax(activations[-1], axis=1) == y_true)


def nb_steps(train_x, train_y, weights, biases, batch_size, lr):
    """Yield after each SGD step of the notebook's batch order (one epoch), weights updated in place."""
    for i in range(0, train_x.shape[0], batch_size):
        xb, yb = train_x[i:i + batch_size], train_y[i:i + batch_size]
        zs, activations = nb_forward(xb, weights, biases)
        loss = nb_loss(activations[-1], yb)
        nb_backward(xb, yb, zs, activations, weights, biases, lr)
        yield loss


def nb_train_lines(train_x, train_y, test_x, test_y, weights, biases, epochs=1, batch_size=200, lr=0.005):
    """The lines the notebook's training cell prints, evaluations done the notebook's (slow) way."""
    lines = []
    step = 0
    for epoch in range(epochs):
        for loss in nb_steps(train_x, train_y, weights, biases, batch_size, lr):
            if step % 30 == 0:
                tr_loss = nb_loss(nb_forward(train_x, weights, biases)[1][-1], train_y)
                tr_acc = nb_accuracy(train_x, train_y, weights, biases)
                te_loss = nb_loss(nb_forward(test_x, weights, biases)[1][-1], test_y)
                te_acc = nb_accuracy(test_x, test_y, weights, biases)
                lines.append(f"[Iter {step}] Train Loss: {tr_loss:.4f} | Test Loss: {te_loss:.4f} | "
                             f"Train Acc: {tr_acc:.4f} | Test Acc: {te_acc:.4f}")
            step += 1
        lines.append(f"Epoch {epoch + 1}: Loss = {loss:.4f}")
    final = (nb_loss(nb_forward(train_x, weights, biases)[1][-1], train_y), nb_accuracy(train_x, train_y, weights, biases),
             nb_loss(nb_forward(test_x, weights, biases)[1][-1], test_y), nb_accuracy(test_x, test_y, weights, biases))
    lines += ["", "Final Results:",
              f"Train Loss: {final[0]:.4f} | Train Accuracy: {final[1]:.4f}",
              f"Test  Loss: {final[2]:.4f} | Test  Accuracy: {final[3]:.4f}"]
    return lines
