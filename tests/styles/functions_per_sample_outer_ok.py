"""Functions written for one sample at a time: `feedforward(weight_list, bias_list, sample)` takes one input
vector and returns every layer's activation, `backprop(weight_list, bias_list, activations, target)` forms each
weight's gradient as `np.outer(delta, a)`; the training loop sums them over a mini-batch with `zip(xs, ts)` and divides.
Weights (out, in), biases flat, ReLU hidden units, a softmax output, the cross-entropy of one sample."""
import numpy as np


def softmax(v):
    e = np.exp(v - v.max())
    return e / e.sum()


def feedforward(weight_list, bias_list, sample):
    acts = [sample]
    for i, (W, b) in enumerate(zip(weight_list, bias_list)):
        z = W @ acts[-1] + b
        acts.append(softmax(z) if i == len(weight_list) - 1 else np.maximum(z, 0))
    return acts


def xent(probs, target):
    return -np.sum(target * np.log(probs + 1e-12))


def backprop(weight_list, bias_list, activations, target):
    d_ws = [None] * len(weight_list)
    d_bs = [None] * len(bias_list)
    delta = activations[-1] - target
    for i in range(len(weight_list) - 1, -1, -1):
        d_ws[i] = np.outer(delta, activations[i])
        d_bs[i] = delta.copy()
        if i:
            delta = (weight_list[i].T @ delta) * (activations[i] > 0)
    return d_ws, d_bs


def train(weight_list, bias_list, xs, ts, rate=0.1, batch=8):
    for start in range(0, len(xs), batch):
        sum_w = [np.zeros_like(W) for W in weight_list]
        sum_b = [np.zeros_like(b) for b in bias_list]
        for x, t in zip(xs[start:start + batch], ts[start:start + batch]):
            d_ws, d_bs = backprop(weight_list, bias_list, feedforward(weight_list, bias_list, x), t)
            sum_w = [s + d for s, d in zip(sum_w, d_ws)]
            sum_b = [s + d for s, d in zip(sum_b, d_bs)]
        n = len(xs[start:start + batch])
        for i in range(len(weight_list)):
            weight_list[i] -= rate * sum_w[i] / n
            bias_list[i] -= rate * sum_b[i] / n


if __name__ == "__main__":
    gen = np.random.default_rng(3)
    xs, ts = gen.normal(size=(32, 4)), np.eye(3)[gen.integers(0, 3, 32)]
    ws = [gen.normal(0, 0.5, (6, 4)), gen.normal(0, 0.5, (3, 6))]
    bs = [np.zeros(6), np.zeros(3)]
    for _ in range(20):
        train(ws, bs, xs, ts)
    print(np.mean([xent(feedforward(ws, bs, x)[-1], t) for x, t in zip(xs, ts)]))
