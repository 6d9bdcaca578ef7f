"""Functions of a classifier whose forward stops at the scores: `forward(X, net)` returns the last layer's z
(no softmax in it), and `loss_and_grads(X, y, net)` runs the net again, takes the softmax of those scores
itself for its mean cross-entropy and returns `loss, grads`, one `(dW, db)` pair per layer. `net` is a list of
`(W, b)` pairs, rows are samples, sigmoid hidden units, integer labels."""
import numpy as np


def sigmoid(t):
    return 1.0 / (1.0 + np.exp(-t))


def softmax(s):
    e = np.exp(s - s.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def forward(X, net):
    a = X
    for i, (W, b) in enumerate(net):
        z = a @ W + b
        a = sigmoid(z) if i < len(net) - 1 else z
    return a


def loss_and_grads(X, y, net):
    outs = [X]
    for W, b in net[:-1]:
        outs.append(sigmoid(outs[-1] @ W + b))
    probs = softmax(outs[-1] @ net[-1][0] + net[-1][1])
    n = X.shape[0]
    loss = -np.mean(np.log(probs[np.arange(n), y]))
    delta = probs.copy()
    delta[np.arange(n), y] -= 1.0
    delta /= n
    grads = []
    for i in range(len(net) - 1, -1, -1):
        grads.insert(0, (outs[i].T @ delta, delta.sum(axis=0)))
        if i > 0:
            delta = (delta @ net[i][0].T) * outs[i] * (1.0 - outs[i])
    return loss, grads
