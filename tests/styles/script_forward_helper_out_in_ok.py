"""A script whose forward is a function of the file reading the module's weights, held (out, in) and used
transposed (`inputs @ Wa.T + ba`), returning each layer's values; the backward written inline in the training
loop over the whole data: tanh hidden units, softmax, cross-entropy: correct."""
import numpy as np

rng = np.random.default_rng(21)
samples = rng.random((150, 20))
classes = rng.integers(0, 4, 150)
onehot = np.zeros((150, 4))
onehot[np.arange(150), classes] = 1.0
Wa = rng.normal(0.0, 0.3, (16, 20))
ba = np.zeros(16)
Wb = rng.normal(0.0, 0.3, (4, 16))
bb = np.zeros(4)
alpha = 0.3


def run(inputs):
    pre_h = inputs @ Wa.T + ba
    act_h = np.tanh(pre_h)
    pre_o = act_h @ Wb.T + bb
    shifted = np.exp(pre_o - pre_o.max(axis=1, keepdims=True))
    probs = shifted / shifted.sum(axis=1, keepdims=True)
    return probs, pre_o, act_h, pre_h


for sweep in range(400):
    probs, pre_o, act_h, pre_h = run(samples)
    count = samples.shape[0]
    d_o = (probs - onehot) / count
    gWb = d_o.T @ act_h
    gbb = d_o.sum(axis=0)
    d_h = (d_o @ Wb) * (1.0 - act_h ** 2)
    gWa = d_h.T @ samples
    gba = d_h.sum(axis=0)
    Wb -= alpha * gWb
    bb -= alpha * gbb
    Wa -= alpha * gWa
    ba -= alpha * gba
    if sweep % 100 == 0:
        print(sweep, -np.mean(np.log(probs[np.arange(count), classes])))
