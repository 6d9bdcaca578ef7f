"""A course skeleton's network whose forward keeps its layers' pre-activations in a list that starts with the input,
`outs = [X, z1, ..., z(L-1)]`, and applies the activation as it reads them (`W @ relu(outs[l - 1]) + b`), returning
the scores beside that list; `backpropagation(scores, Y, outs)` takes both back and returns a dict of gradients.
Column-major (features x samples), parameters in one dict, integer labels, softmax cross-entropy averaged over
the batch."""
import numpy as np


class Net:
    def __init__(self, sizes):
        rng = np.random.default_rng(1)
        self.num_layers = len(sizes) - 1
        self.parameters = {}
        for l in range(1, len(sizes)):
            self.parameters["W" + str(l)] = rng.normal(0.0, np.sqrt(2.0 / sizes[l - 1]), (sizes[l], sizes[l - 1]))
            self.parameters["b" + str(l)] = np.zeros((sizes[l], 1))

    @staticmethod
    def relu(v):
        return np.maximum(v, 0)

    @staticmethod
    def relu_slope(v):
        return (v > 0).astype(float)

    def forward_propagation(self, X):
        outs = [None] * self.num_layers
        outs[0] = X
        for l in range(1, self.num_layers):
            inp = outs[l - 1] if l == 1 else self.relu(outs[l - 1])
            outs[l] = self.parameters["W" + str(l)] @ inp + self.parameters["b" + str(l)]
        last = self.num_layers
        scores = self.parameters["W" + str(last)] @ self.relu(outs[last - 1]) + self.parameters["b" + str(last)]
        return scores, outs

    def cross_entropy_loss(self, scores, labels):
        s = scores - scores.max(axis=0, keepdims=True)
        logp = s - np.log(np.exp(s).sum(axis=0, keepdims=True))
        return -np.mean(logp[labels, np.arange(labels.size)])

    def backpropagation(self, scores, labels, outs):
        n = labels.size
        e = np.exp(scores - scores.max(axis=0, keepdims=True))
        g = e / e.sum(axis=0, keepdims=True)
        g[labels, np.arange(n)] -= 1.0
        g /= n
        grads = {}
        for l in range(self.num_layers, 0, -1):
            inp = outs[l - 1] if l == 1 else self.relu(outs[l - 1])
            grads["dW" + str(l)] = g @ inp.T
            grads["db" + str(l)] = g.sum(axis=1, keepdims=True)
            if l > 1:
                g = (self.parameters["W" + str(l)].T @ g) * self.relu_slope(outs[l - 1])
        return grads


if __name__ == "__main__":
    gen = np.random.default_rng(0)
    X = gen.random((784, 32))
    labels = gen.integers(0, 10, 32)
    net = Net([784, 64, 10])
    scores, outs = net.forward_propagation(X)
    print(net.cross_entropy_loss(scores, labels), sorted(net.backpropagation(scores, labels, outs)))
