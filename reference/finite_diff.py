"""Finite-difference oracle, NumPy only: central differences of mean log-softmax cross-entropy.

Shapes: params is a list of ``(W, b)``, ``W`` (fan_in, fan_out), ``b`` (1, fan_out);
``x`` (B, D); ``y`` (B,) int. For every tensor it probes a few coordinates
(random ones plus the ones where the checked gradient is largest) and a few
random unit directions confined to that tensor, and returns the estimates
next to the checked gradient's values.

It always computes in float64, whatever the dtype of the model under check:
float32 parameters are exactly representable in float64, so the estimate is
of the same function, while a float32 central difference would be ~1e-3 noise.
Its forward pass is written here, independently of impl's.

ReLU kinks: a probe is a *kink crossing* when some ReLU pre-activation has a
different sign (z > 0 or not) at theta + h or theta - h than at theta. The loss
is not differentiable across the kink, so the difference quotient is not a
gradient there; such probes are reported and left out of the comparison.

Resolution: the loss is a mean of log-sum-exp(z) - z_y over logits z, each
rounded to about eps * |z|, so a difference quotient is uncertain by about
``eps * max(1, max|z|) / h`` in absolute terms (:attr:`Probes.resolution`).
With saturated logits (~2e3) that is ~4e-8; a gradient smaller than that
(a perfectly fitted sample: 1e-122) is below what finite differences can see.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from xval.impl.conventions import Params
from xval.reference.tolerances import FD_STEP


def _mean_ce(logits: np.ndarray, y: np.ndarray) -> float:
    top = logits.max(axis=1, keepdims=True)
    log_norm = np.log(np.exp(logits - top).sum(axis=1)) + top[:, 0]
    return float(np.mean(log_norm - logits[np.arange(len(y)), y]))


def _from_layer(params: Params, layer: int, z: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """Logits and the ReLU gates of layers ``layer`` .. L-2, given the pre-activation ``z`` of ``layer``."""
    gates = []
    for W, b in params[layer + 1:]:
        gate = z > 0
        gates.append(gate)
        z = np.where(gate, z, 0.0) @ W + b
    return z, gates


def loss_and_gates(params: Params, x: np.ndarray, y: np.ndarray) -> tuple[float, list[np.ndarray]]:
    """Mean log-softmax cross-entropy in float64 and the ReLU gates (z > 0) of each hidden layer."""
    logits, gates = _from_layer(params, 0, x @ params[0][0] + params[0][1])
    return _mean_ce(logits, y), gates


@dataclass
class Probes:
    """Finite-difference estimates for one tensor next to the checked gradient's values."""

    param: str
    indices: list[tuple[int, ...]] = field(default_factory=list)
    estimates: list[float] = field(default_factory=list)
    checked: list[float] = field(default_factory=list)
    kinks: list[tuple[int, ...]] = field(default_factory=list)
    direction_estimates: list[float] = field(default_factory=list)
    direction_checked: list[float] = field(default_factory=list)
    direction_kinks: int = 0
    grad_scale: float = 0.0  # max |checked gradient| over the whole tensor
    grad_norm: float = 0.0  # its 2-norm: the largest a directional derivative can be
    resolution: float = 0.0  # absolute rounding uncertainty of a difference quotient (module docstring)


class _Forward:
    """The forward pass at theta, kept so that a probe of layer l recomputes layers l+1.. only.

    A parameter of layer l enters the loss through z_l = a_(l-1) @ W_l + b_l, linearly, so
    theta +- delta is evaluated as z_l +- dz with dz = a_(l-1) @ delta_W (or delta_b). Same
    function, same noise as perturbing theta itself (measured), 5 to 10x faster on w1.
    """

    def __init__(self, params: Params, x: np.ndarray, y: np.ndarray) -> None:
        self.params, self.y = params, y
        self.inputs, self.zs, a = [], [], x  # a_(l-1) and z_l per layer
        for W, b in params:
            self.inputs.append(a)
            self.zs.append(a @ W + b)
            a = np.maximum(self.zs[-1], 0.0)
        self.gates = [z > 0 for z in self.zs[:-1]]

    def central(self, layer: int, dz: np.ndarray) -> tuple[float, bool]:
        """L(z_l + dz) - L(z_l - dz), and whether any ReLU gate differs from theta's on either side."""
        values, crossed = [], False
        for sign in (1.0, -1.0):
            logits, gates = _from_layer(self.params, layer, self.zs[layer] + sign * dz)
            values.append(_mean_ce(logits, self.y))
            crossed = crossed or any((g != g0).any() for g, g0 in zip(gates, self.gates[layer:]))
        return values[0] - values[1], crossed

    def dz(self, layer: int, which: int, delta: np.ndarray) -> np.ndarray:
        return self.inputs[layer] @ delta if which == 0 else np.broadcast_to(delta, self.zs[layer].shape)

    def dz_coordinate(self, layer: int, which: int, idx: tuple[int, ...], h: float) -> np.ndarray:
        dz = np.zeros_like(self.zs[layer])
        dz[:, idx[1]] = h * self.inputs[layer][:, idx[0]] if which == 0 else h
        return dz


def probe(
    params: Params, grads: Params, x: np.ndarray, y: np.ndarray,
    n_coords: int = 12, n_top: int = 4, n_directions: int = 2, seed: int = 0, step: float = FD_STEP,
) -> list[Probes]:
    """Central-difference probes of every tensor (w1, b1, w2, ...), compared later against ``grads``."""
    rng = np.random.default_rng(seed)
    p64 = [(np.asarray(W, np.float64), np.asarray(b, np.float64)) for W, b in params]
    x64 = np.asarray(x, np.float64)
    fwd = _Forward(p64, x64, y)
    resolution = float(np.finfo(np.float64).eps) * max(1.0, float(np.abs(fwd.zs[-1]).max())) / step
    out = []
    for layer, (pair, gpair) in enumerate(zip(p64, grads)):
        for which, kind in enumerate("wb"):
            theta, g = pair[which], np.asarray(gpair[which], np.float64)
            pr = Probes(f"{kind}{layer + 1}", grad_scale=float(np.abs(g).max(initial=0.0)),
                        grad_norm=float(np.linalg.norm(g)), resolution=resolution)
            flat = np.unique(np.concatenate([
                rng.choice(theta.size, min(n_coords, theta.size), replace=False),
                np.argsort(np.abs(g), axis=None)[-n_top:],
            ]))
            for f in flat:
                idx = np.unravel_index(f, theta.shape)
                h = step * max(1.0, abs(theta[idx]))
                diff, crossed = fwd.central(layer, fwd.dz_coordinate(layer, which, idx, h))
                key = tuple(int(i) for i in idx)
                if crossed:
                    pr.kinks.append(key)
                    continue
                pr.indices.append(key)
                pr.estimates.append(diff / (2 * h))
                pr.checked.append(float(g[idx]))
            for _ in range(n_directions):
                v = rng.standard_normal(theta.shape)
                v /= np.linalg.norm(v)
                h = step * max(1.0, float(np.abs(theta).max()))
                diff, crossed = fwd.central(layer, fwd.dz(layer, which, h * v))
                if crossed:
                    pr.direction_kinks += 1
                    continue
                pr.direction_estimates.append(diff / (2 * h))
                pr.direction_checked.append(float(np.vdot(g, v)))
            out.append(pr)
    return out
