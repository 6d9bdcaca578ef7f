"""A port of the course's exercise: ``cost_and_gradient(nn_params, input_layer_size, hidden_layer_size, num_labels,
X, y, lam) -> (J, grad)`` over unrolled parameters, which makes one-hot rows of its integer labels with a loop of
its own (``Y[i][y[i]] = 1``, no call that converts them): its labels are given as integers once one-hot rows make
that line raise. Sigmoid hidden units, sigmoid outputs, binary cross-entropy summed over the outputs and averaged
over the batch, biases as column 0 of each (out, in + 1) theta."""

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def cost_and_gradient(nn_params, input_layer_size, hidden_layer_size, num_labels, X, y, lam):
    m = X.shape[0]
    cut = hidden_layer_size * (input_layer_size + 1)
    T1 = nn_params[:cut].reshape(hidden_layer_size, input_layer_size + 1)
    T2 = nn_params[cut:].reshape(num_labels, hidden_layer_size + 1)
    Y = np.zeros((m, num_labels))
    for i in range(m):
        Y[i][y[i]] = 1
    A1 = np.hstack([np.ones((m, 1)), X])
    Z2 = A1 @ T1.T
    A2 = np.hstack([np.ones((m, 1)), sigmoid(Z2)])
    H = sigmoid(A2 @ T2.T)
    J = np.sum(-Y * np.log(H) - (1 - Y) * np.log(1 - H)) / m
    J += lam / (2 * m) * (np.sum(T1[:, 1:] ** 2) + np.sum(T2[:, 1:] ** 2))
    D3 = H - Y
    D2 = (D3 @ T2[:, 1:]) * sigmoid(Z2) * (1 - sigmoid(Z2))
    G1 = D2.T @ A1 / m
    G2 = D3.T @ A2 / m
    G1[:, 1:] += lam / m * T1[:, 1:]
    G2[:, 1:] += lam / m * T2[:, 1:]
    return J, np.concatenate([G1.ravel(), G2.ravel()])


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    X = rng.normal(size=(60, 4))
    y = np.argmax(X[:, :3], axis=1)
    p = rng.uniform(-0.5, 0.5, 5 * 5 + 3 * 6)
    for it in range(300):
        J, g = cost_and_gradient(p, 4, 5, 3, X, y, 0.1)
        p -= 1.0 * g
    print(round(J, 4))
