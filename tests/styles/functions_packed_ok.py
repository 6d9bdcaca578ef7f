"""A homework template whose parameters travel as one flat vector: `forward_prop(x, y, theta)` and
`back_prop(x, y, theta)` both open it with the file's own `unpack(theta)` (weight matrices (out, in) first,
then the biases, sized by module-level constants), and back_prop returns the gradient packed the same way;
ReLU hidden units, softmax + cross-entropy averaged over the batch, one-hot label rows: correct."""
import numpy as np

N_IN = 784
N_HID = 24
N_HIDDEN_LAYERS = 2
N_OUT = 10


def layer_shapes():
    sizes = [N_IN] + [N_HID] * N_HIDDEN_LAYERS + [N_OUT]
    return [(o, i) for i, o in zip(sizes[:-1], sizes[1:])]


def unpack(theta):
    Ws, bs, at = [], [], 0
    for o, i in layer_shapes():
        Ws.append(theta[at:at + o * i].reshape(o, i))
        at += o * i
    for o, _ in layer_shapes():
        bs.append(theta[at:at + o])
        at += o
    return Ws, bs


def init_theta(seed=0):
    rng = np.random.default_rng(seed)
    Ws = [rng.uniform(-1, 1, (o, i)) / np.sqrt(i) for o, i in layer_shapes()]
    bs = [np.full(o, 0.01) for o, _ in layer_shapes()]
    return np.concatenate([W.ravel() for W in Ws] + [b.ravel() for b in bs])


def forward_prop(x, y, theta):
    Ws, bs = unpack(theta)
    h = x
    zs, hs = [], [x]
    for k, (W, b) in enumerate(zip(Ws, bs)):
        z = h @ W.T + b
        zs.append(z)
        if k < len(Ws) - 1:
            h = np.maximum(z, 0.0)
            hs.append(h)
    e = np.exp(zs[-1] - zs[-1].max(axis=1, keepdims=True))
    yhat = e / e.sum(axis=1, keepdims=True)
    loss = -np.mean(np.sum(y * np.log(yhat + 1e-12), axis=1))
    return loss, zs, hs, yhat


def back_prop(x, y, theta):
    loss, zs, hs, yhat = forward_prop(x, y, theta)
    Ws, bs = unpack(theta)
    g = (yhat - y) / x.shape[0]
    dWs, dbs = [None] * len(Ws), [None] * len(bs)
    for k in range(len(Ws) - 1, -1, -1):
        dWs[k] = g.T @ hs[k]
        dbs[k] = g.sum(axis=0)
        if k > 0:
            g = (g @ Ws[k]) * (zs[k - 1] > 0)
    return np.concatenate([d.ravel() for d in dWs] + [d.ravel() for d in dbs])
