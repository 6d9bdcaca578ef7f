"""The states and batches ``xval check`` runs a submission on, each with a reason to exist.

Shapes follow the params given (``[(W, b), ...]``, ``W`` (fan_in, fan_out),
``b`` (1, fan_out)); every case keeps their depth, input size and number of
classes, so a submission that hard-codes 784 inputs or 3 layers still runs.

=========  ===========================================================================
batch0     the real first training batch (200 samples) at the given weights: what the
           notebook's first step sees (synthetic images when the data is absent)
partial    30 samples: the notebook keeps a last partial batch (a hard-coded 200 shows)
single     1 sample (B = 1: broadcasting and keepdims slips show)
signed     the partial batch's 30 samples centred on the pool's mean, as standardised data is: inputs
           below zero, where a gradient formed from relu(x) or |x| instead of x shows
zeros      exact zeros in pre-activations: a dead unit per hidden layer (zero weights
           and bias) and all-zero input rows with zero biases: ReLU'(0) must be 0
square     every layer after the first as wide as the output (e.g. 784-10-10-10): a
           missing transpose or a wrong layer index runs instead of raising
saturated  logits scaled to ~2000 (the notebook's regime): softmax needs its max shift,
           most samples sit at the loss clip
=========  ===========================================================================
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from xval.impl.conventions import Params, notebook_batch

BATCH = 200
CASE_NAMES = ("batch0", "partial", "single", "signed", "zeros", "square", "saturated")


@dataclass
class Case:
    name: str
    description: str
    params: Params
    x: np.ndarray
    y: np.ndarray


def synthetic_images(n: int, n_features: int, gen: np.random.Generator, dtype) -> np.ndarray:
    """Pixel-like inputs in [0, 1] with about half exact zeros (as in Fashion-MNIST)."""
    x = gen.integers(0, 256, size=(n, n_features)) / 255.0
    x[gen.random((n, n_features)) < 0.5] = 0.0
    return x.astype(dtype)


def _copy(params: Params) -> Params:
    return [(W.copy(), b.copy()) for W, b in params]


def make_cases(params: Params, x: np.ndarray, y: np.ndarray, real: bool, seed: int = 0,
               names: tuple[str, ...] = CASE_NAMES) -> list[Case]:
    """The cases named, from params and a pool of training rows ``x``, ``y`` (at least 260 rows)."""
    dtype = params[0][0].dtype
    gen = np.random.default_rng(seed)
    n_classes, depth = params[-1][0].shape[1], len(params)
    source = "real training" if real else "synthetic"
    out = []
    if "batch0" in names:
        out.append(Case("batch0", f"{source} batch 0 ({BATCH} samples) at the given weights",
                        _copy(params), x[:BATCH], y[:BATCH]))
    if "partial" in names:
        out.append(Case("partial", f"a partial batch of 30 {source} samples (rows 200..229)",
                        _copy(params), x[BATCH:BATCH + 30], y[BATCH:BATCH + 30]))
    if "single" in names:
        out.append(Case("single", f"a batch of 1 {source} sample (row 230)", _copy(params),
                        x[230:231], y[230:231]))
    if "signed" in names:
        centred = (x[BATCH:BATCH + 30] - x[:BATCH + 60].mean(axis=0)).astype(x.dtype)
        out.append(Case("signed", f"the partial batch's 30 {source} samples centred on the mean of rows 0..259 "
                        "(inputs below zero, as standardised data has)", _copy(params), centred,
                        y[BATCH:BATCH + 30]))
    if "zeros" in names and depth > 1:
        zp = [(W.copy(), np.zeros_like(b)) for W, b in params]
        for W, _ in zp[:-1]:
            W[:, 0] = 0.0  # unit 0 of every hidden layer: z == 0 exactly for every sample
        xz = x[:50].copy()
        xz[::10] = 0.0  # rows of zeros: with zero biases z == 0 in every layer
        out.append(Case("zeros", "exact zeros in pre-activations: a dead unit per hidden layer "
                        "(zero weights and bias) and all-zero input rows, 50 samples", zp, xz, y[:50]))
    if "square" in names and depth > 1:
        sizes = [params[0][0].shape[0]] + [n_classes] * depth
        sq = []
        for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
            W = gen.standard_normal((fan_in, fan_out)) * np.sqrt(2.0 / fan_in)
            sq.append((W.astype(dtype), (gen.standard_normal((1, fan_out)) * 0.1).astype(dtype)))
        arch = "-".join(map(str, sizes))
        out.append(Case("square", f"square layers {arch} (He init, small biases), 50 samples", sq,
                        x[:50].copy(), y[:50].copy()))
    if "saturated" in names:
        sp = _copy(params)
        a = x[:50].astype(np.float64)  # rough scale, any depth: scale each layer until the logits are large
        for W, b in sp:
            logits = a @ W + b
            a = np.maximum(logits, 0)
        peak = float(np.abs(logits).max())
        factor = (2000.0 / peak) ** (1.0 / depth) if 0 < peak < 2000 else 1.0
        sp = [((W * factor).astype(dtype), (b * factor ** (i + 1)).astype(dtype)) for i, (W, b) in enumerate(sp)]
        out.append(Case("saturated", f"saturated logits (max |logit| ~{max(peak, 2000.0):.0f}; weights x "
                        f"{factor:.3g}), 50 samples", sp, x[50:100].copy(), y[50:100].copy()))
    return out


def trace_batches(x: np.ndarray, y: np.ndarray, steps: int, batch_size: int = BATCH):
    """``(step, x, y)`` for steps 0 .. steps - 1 in the notebook's batch order (epochs wrapping)."""
    for s in range(steps):
        yield (s, *notebook_batch(x, y, s, batch_size))
