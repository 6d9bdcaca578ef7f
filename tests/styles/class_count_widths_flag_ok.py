"""A configurable class: its input and output sizes apart, a positional flag for a regression head compared with
`== False` in its forward, a count of hidden layers (hidden_layers=1) beside a list of their widths, an activation
chosen by name. forward(X) returns the list [X, a1, ..., out] and keeps the pre-activations on self as a list that
starts with X too; backward(outs, Y) returns (weight gradients, bias gradients). Shifted softmax, mean
cross-entropy from its loss()."""
import numpy as np


class Classifier:
    def __init__(self, n_in, n_out, is_regression, hidden_layers=1, layer_widths=[24], act="tanh", rate=0.05):
        self.n_in, self.n_out, self.is_regression = n_in, n_out, is_regression
        self.hidden_layers, self.layer_widths, self.act, self.rate = hidden_layers, layer_widths, act, rate
        gen = np.random.default_rng(3)
        dims = [n_in] + [layer_widths[i] for i in range(hidden_layers)] + [n_out]
        self.Ws = [gen.normal(0, np.sqrt(1.0 / a), (a, b)) for a, b in zip(dims[:-1], dims[1:])]
        self.bs = [np.zeros((1, b)) for b in dims[1:]]

    def squash(self, z):
        return np.tanh(z) if self.act == "tanh" else np.maximum(z, 0)

    def squash_slope(self, z, a):
        return 1 - a ** 2 if self.act == "tanh" else (z > 0).astype(float)

    def forward(self, X):
        outs, zs = [X], [X]
        for W, b in zip(self.Ws[:-1], self.bs[:-1]):
            zs.append(outs[-1] @ W + b)
            outs.append(self.squash(zs[-1]))
        z = outs[-1] @ self.Ws[-1] + self.bs[-1]
        zs.append(z)
        if self.is_regression == False:
            e = np.exp(z - z.max(axis=1, keepdims=True))
            outs.append(e / e.sum(axis=1, keepdims=True))
        else:
            outs.append(z)
        self.zs = zs
        return outs

    def loss(self, P, Y):
        return -np.mean(np.sum(Y * np.log(P + 1e-12), axis=1))

    def backward(self, outs, Y):
        n = Y.shape[0]
        g = (outs[-1] - Y) / n
        gW, gb = [], []
        for i in range(len(self.Ws) - 1, -1, -1):
            gW.insert(0, outs[i].T @ g)
            gb.insert(0, g.sum(axis=0, keepdims=True))
            if i:
                g = (g @ self.Ws[i].T) * self.squash_slope(self.zs[i], outs[i])
        return gW, gb


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    X, Y = gen.normal(size=(40, 6)), np.eye(3)[gen.integers(0, 3, 40)]
    net = Classifier(6, 3, False, hidden_layers=2, layer_widths=[8, 5])
    for step in range(50):
        outs = net.forward(X)
        gW, gb = net.backward(outs, Y)
        for i in range(len(net.Ws)):
            net.Ws[i] -= net.rate * gW[i]
            net.bs[i] -= net.rate * gb[i]
    print(net.loss(net.forward(X)[-1], Y))
