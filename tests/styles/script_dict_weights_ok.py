"""A script whose weights live in dicts: mini-batches taken through a shuffled index array, each batch's gradient
summed one sample at a time in an inner loop, then one update per batch by the mean."""
import numpy as np

rng = np.random.default_rng(7)
data = rng.random((120, 4))
target = np.eye(3)[(data[:, 0] * 3).astype(int)]

W = {"h": rng.normal(0, 0.3, (4, 6)), "o": rng.normal(0, 0.3, (6, 3))}
B = {"h": np.zeros(6), "o": np.zeros(3)}
step = 0.2
bsize = 20


def softmax(v):
    e = np.exp(v - v.max())
    return e / e.sum()


for epoch in range(30):
    order = rng.permutation(len(data))
    for first in range(0, len(data), bsize):
        rows = order[first:first + bsize]
        xb = data[rows]
        tb = target[rows]
        gWh, gWo = np.zeros_like(W["h"]), np.zeros_like(W["o"])
        gbh, gbo = np.zeros_like(B["h"]), np.zeros_like(B["o"])
        for k in range(len(xb)):
            pre = xb[k] @ W["h"] + B["h"]
            hid = np.tanh(pre)
            prob = softmax(hid @ W["o"] + B["o"])
            d_out = prob - tb[k]
            d_hid = (W["o"] @ d_out) * (1 - hid ** 2)
            gWo += np.outer(hid, d_out)
            gbo += d_out
            gWh += np.outer(xb[k], d_hid)
            gbh += d_hid
        W["o"] -= step * gWo / len(xb)
        B["o"] -= step * gbo / len(xb)
        W["h"] -= step * gWh / len(xb)
        B["h"] -= step * gbh / len(xb)
