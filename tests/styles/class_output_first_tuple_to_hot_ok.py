"""A textbook-chapter class: weights stored (out, in) and used as `x @ W.T`, `forward(x)` returning the hidden
and output activations, `backward(x, a_h, a_out, y)` taking integer labels it turns into rows with its own
`labels_to_hot`, and returning the output layer's gradients first: (d_loss_d_w_out, d_loss_d_b_out,
d_loss_d_w_h, d_loss_d_b_h). Sigmoid hidden units, a softmax output, the mean cross-entropy its `xent` computes."""
import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def labels_to_hot(y, n_labels):
    rows = np.zeros((y.shape[0], n_labels))
    for i, k in enumerate(y):
        rows[i, k] = 1.0
    return rows


def xent(probas, y_hot):
    return -np.mean(np.sum(y_hot * np.log(probas + 1e-12), axis=1))


class TextbookMLP:
    def __init__(self, num_features, num_hidden, num_classes, random_seed=5):
        self.num_classes = num_classes
        gen = np.random.RandomState(random_seed)
        self.weight_h = gen.normal(0.0, 0.1, (num_hidden, num_features))
        self.bias_h = np.zeros(num_hidden)
        self.weight_out = gen.normal(0.0, 0.1, (num_classes, num_hidden))
        self.bias_out = np.zeros(num_classes)

    def forward(self, x):
        a_h = sigmoid(x @ self.weight_h.T + self.bias_h)
        z_out = a_h @ self.weight_out.T + self.bias_out
        e = np.exp(z_out - z_out.max(axis=1, keepdims=True))
        a_out = e / e.sum(axis=1, keepdims=True)
        return a_h, a_out

    def backward(self, x, a_h, a_out, y):
        y_hot = labels_to_hot(y, self.num_classes)
        delta_out = (a_out - y_hot) / y.shape[0]
        d_loss_d_w_out = delta_out.T @ a_h
        d_loss_d_b_out = delta_out.sum(axis=0)
        delta_h = (delta_out @ self.weight_out) * a_h * (1.0 - a_h)
        d_loss_d_w_h = delta_h.T @ x
        d_loss_d_b_h = delta_h.sum(axis=0)
        return d_loss_d_w_out, d_loss_d_b_out, d_loss_d_w_h, d_loss_d_b_h


if __name__ == "__main__":
    gen = np.random.default_rng(2)
    x, y = gen.normal(size=(30, 4)), gen.integers(0, 3, 30)
    net = TextbookMLP(4, 8, 3)
    for _ in range(100):
        a_h, a_out = net.forward(x)
        gw_o, gb_o, gw_h, gb_h = net.backward(x, a_h, a_out, y)
        net.weight_out -= 0.5 * gw_o
        net.bias_out -= 0.5 * gb_o
        net.weight_h -= 0.5 * gw_h
        net.bias_h -= 0.5 * gb_h
    print(xent(net.forward(x)[1], labels_to_hot(y, 3)))
