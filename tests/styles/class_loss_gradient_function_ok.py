"""A regression MLP whose backward takes the loss's gradient as a function of its output
(`backward(forecast, aux, grad_loss)`, called as `grad_loss(forecast)`), with the forward's values kept in `aux`;
parameters a list of (weight, bias) pairs after a NaN placeholder pair (layer 1 at index 1), returned the same
way; each gradient the batch mean of per-sample outer products; an identity output, its loss left to the caller
(MSE as `forecast - target`): correct."""
import numpy as np


class RegressionMLP:
    def __init__(self, layer_sizes, rng=None):
        rng = np.random.default_rng(0) if rng is None else rng
        self.layers = [(np.array(np.nan), np.array(np.nan))]
        for fan_in, fan_out in zip(layer_sizes[:-1], layer_sizes[1:]):
            self.layers.append((rng.standard_normal((fan_in, fan_out)) / np.sqrt(fan_in), np.zeros(fan_out)))

    def forward(self, batch):
        aux = [(None, batch)]
        out = batch
        for i, (weight, bias) in enumerate(self.layers[1:], start=1):
            affine = out @ weight + bias
            if i == len(self.layers) - 1:
                return affine, aux
            out = np.maximum(affine, 0.0)
            aux.append((affine, out))

    def backward(self, forecast, aux, grad_loss, transform=lambda x: x):
        chain = grad_loss(forecast)[:, None, :]
        grads = []
        for i in range(len(self.layers) - 1, 0, -1):
            affine, inputs = aux[i - 1]
            grads.append((transform(chain * inputs[:, :, None]).mean(axis=0), transform(chain).mean(axis=0)[0]))
            if i > 1:
                weight = self.layers[i][0]
                chain = chain @ (weight.T * (affine > 0)[:, None, :])
        grads.append((np.array(np.nan), np.array(np.nan)))
        return grads[::-1]

    def step(self, grads, lr):
        self.layers = [self.layers[0]] + [(w - lr * gw, b - lr * gb)
                                          for (w, b), (gw, gb) in zip(self.layers[1:], grads[1:])]
