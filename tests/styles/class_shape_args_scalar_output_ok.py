"""A one-output classifier built from `input_shape`, `hidden_shape` and `output_shape`, whose per-sample
`_predict(x)` returns its single output as a plain number (the output layer squeezed), and whose
`update_weights(x, y, lr)` takes one sample and steps in place. Sigmoid hidden and output units, squared error
with the usual 1/2 (`half_squared_error`), so the output delta is (out - y) * out * (1 - out)."""
import numpy as np


class Model:
    def __init__(self, input_shape, hidden_shape, output_shape):
        self.w_1 = np.random.uniform(-1, 1, (input_shape, hidden_shape)) / np.sqrt(input_shape)
        self.w_2 = np.random.uniform(-1, 1, (hidden_shape, output_shape)) / np.sqrt(hidden_shape)
        self.b_1 = np.zeros((1, hidden_shape))
        self.b_2 = np.zeros((1, output_shape))

    @staticmethod
    def sigmoid(x):
        return 1 / (1 + np.exp(-x))

    @staticmethod
    def half_squared_error(y, out):
        return 0.5 * (y - out) ** 2

    def _predict(self, x):
        hidden = self.sigmoid(x @ self.w_1 + self.b_1.squeeze())
        return self.sigmoid(hidden @ self.w_2.squeeze() + self.b_2.squeeze())

    def update_weights(self, x, y, lr=0.1):
        hidden = self.sigmoid(x @ self.w_1 + self.b_1.squeeze())
        out = self.sigmoid(hidden @ self.w_2.squeeze() + self.b_2.squeeze())
        d_out = (out - y) * out * (1 - out)
        d_hidden = d_out * self.w_2.squeeze() * hidden * (1 - hidden)
        self.w_2 -= lr * d_out * hidden.reshape(-1, 1)
        self.b_2 -= lr * d_out
        self.w_1 -= lr * np.outer(x, d_hidden)
        self.b_1 -= lr * d_hidden


if __name__ == "__main__":
    net = Model(2, 4, 1)
    data = [(np.array([a, b], float), float(a ^ b)) for a in (0, 1) for b in (0, 1)]
    for _ in range(5000):
        for x, y in data:
            net.update_weights(x, y, lr=0.5)
    print([round(float(net._predict(x)), 2) for x, _ in data])
