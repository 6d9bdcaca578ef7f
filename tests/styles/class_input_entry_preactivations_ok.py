"""A class whose forward keeps an entry for the input layer in both lists it returns (`pre = [np.zeros(x.shape)]`,
`post = [x]`) and names each layer's product with a v (`next_v = W @ post[-1] + b`, the activation
`relu(next_v)`, the output layer's too); its softmax is taken of the last `pre` in the backward. One sample per
`backprop(x, y)` as a column, `update_mini_batch(pairs, lr)` averaging; W (out, in), biases (n, 1). ReLU hidden
units, mean cross-entropy."""
import numpy as np


def relu(t):
    return t * (t > 0)


def d_relu(t):
    return 1.0 * (t > 0)


def softmax_col(s):
    s = s - np.max(s)
    return np.exp(s) / np.sum(np.exp(s))


class Network:
    def __init__(self, sizes):
        gen = np.random.default_rng(5)
        self.num_layers = len(sizes)
        self.weights = [gen.normal(0, 1 / np.sqrt(a), (c, a)) for a, c in zip(sizes[:-1], sizes[1:])]
        self.biases = [gen.normal(0, 0.1, (c, 1)) for c in sizes[1:]]

    def forward_pass(self, x):
        pre = [np.zeros(x.shape)]
        post = [np.array(x)]
        for W, b in zip(self.weights, self.biases):
            next_v = W @ post[-1] + b
            pre.append(next_v)
            post.append(relu(next_v))
        return pre, post

    def backprop(self, x, y):
        pre, post = self.forward_pass(x)
        db = [None] * (self.num_layers - 1)
        dw = [None] * (self.num_layers - 1)
        delta = softmax_col(pre[-1]) - y
        for layer in range(self.num_layers - 1, 0, -1):
            if layer < self.num_layers - 1:
                delta = delta * d_relu(pre[layer])
            db[layer - 1] = delta
            dw[layer - 1] = delta @ post[layer - 1].T
            delta = self.weights[layer - 1].T @ delta
        return db, dw

    def update_mini_batch(self, pairs, lr):
        acc_b = [np.zeros(b.shape) for b in self.biases]
        acc_w = [np.zeros(w.shape) for w in self.weights]
        for x, y in pairs:
            db, dw = self.backprop(x, y)
            acc_b = [a + d for a, d in zip(acc_b, db)]
            acc_w = [a + d for a, d in zip(acc_w, dw)]
        self.weights = [w - lr * a / len(pairs) for w, a in zip(self.weights, acc_w)]
        self.biases = [b - lr * a / len(pairs) for b, a in zip(self.biases, acc_b)]
