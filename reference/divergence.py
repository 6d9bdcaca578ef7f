"""Reading a trajectory comparison: how fast free-running error grows, and where a step first goes wrong.

Inputs are per-step error series (one float per SGD step, the largest relative
parameter error over all tensors, see :func:`xval.reference.compare.relative_error`)
and, for localisation, the state before the first bad step: params as a list of
``(W, b)`` (``W`` (fan_in, fan_out), ``b`` (1, fan_out)), a batch ``x`` (B, D),
``y`` (B,) and the learning rate.

Two kinds of error:
- *local*: both backends take one step from the same state. Correct code keeps it
  at rounding level at every step; more than that is an implementation mismatch.
- *global*: each backend free-runs from the initial weights. In a chaotic regime
  (the saturated softmax) rounding differences grow exponentially, so a large
  global error with a small local one is rounding amplification, not a bug.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Sequence

import numpy as np

from xval.impl.conventions import Params, flat, param_names
from xval.impl.spec import as_spec
from xval.reference.backends import spec_kwargs
from xval.reference.compare import (compare_grads, compare_values, element, median_ratio, mismatch_line,
                                    model_resolution)
from xval.reference.tolerances import tolerance

MATCH = "match"
AMPLIFICATION = "rounding amplification"
MISMATCH = "implementation mismatch"

MIN_RISE_DECADES = 2.0  # a free-running error that rises less than this is not "growing"
FIT_MARGIN_DECADES = 1.0  # fit window: a decade above the step-0 level to a decade below the peak
MIN_FIT_POINTS = 5


@dataclass
class GrowthFit:
    """log(error) ~ a + step / efold_steps over the steps where the free-running error grows."""

    efold_steps: float  # steps per factor e
    decades_per_100_steps: float
    start: int  # first and last step of the fit window
    stop: int
    r2: float

    def to_json(self) -> dict:
        return asdict(self)


def growth_fit(errors: Sequence[float]) -> GrowthFit | None:
    """Fit the exponential phase of a global error series; None when it does not grow.

    The window runs from the first step whose running maximum is a decade above
    the step-0 level (the rounding floor) to the first step whose running maximum
    is within a decade of the peak (where the error saturates). It needs a rise
    of at least MIN_RISE_DECADES and MIN_FIT_POINTS steps (else the whole rise, from the first
    positive value to the peak, is fitted); non-finite values end it.
    """
    e = np.asarray(errors, dtype=np.float64)
    finite = np.isfinite(e)
    if not finite.all():
        e = e[:int(np.argmin(finite))]
    positive = np.flatnonzero(e > 0)
    if len(positive) < MIN_FIT_POINTS:
        return None
    env = np.maximum.accumulate(np.where(e > 0, e, 0.0))
    base, peak = e[positive[0]], env[-1]
    if math.log10(peak / base) < MIN_RISE_DECADES:
        return None
    start = int(np.argmax(env >= base * 10 ** FIT_MARGIN_DECADES))
    stop = int(np.argmax(env >= peak / 10 ** FIT_MARGIN_DECADES))
    steps = np.arange(start, stop + 1)
    steps = steps[e[steps] > 0]
    if len(steps) < MIN_FIT_POINTS:
        start, stop = int(positive[0]), int(np.argmax(env >= peak))
        steps = np.arange(start, stop + 1)
        steps = steps[e[steps] > 0]
        if len(steps) < MIN_FIT_POINTS:
            return None
    logs = np.log(e[steps])
    slope, intercept = np.polyfit(steps, logs, 1)
    if not slope > 0:
        return None
    resid = logs - (slope * steps + intercept)
    total = float(np.sum((logs - logs.mean()) ** 2))
    r2 = 1.0 - float(np.sum(resid ** 2)) / total if total > 0 else 1.0
    return GrowthFit(float(1.0 / slope), float(100 * slope / math.log(10)), int(steps[0]), int(steps[-1]), r2)


def exceeds(values: Sequence[float], tol: float) -> bool:
    return any(not v <= tol for v in values)  # NaN counts as out of tolerance


def verdict(local_max: Sequence[float], global_max: Sequence[float], tol: float,
            local_ratio: Sequence[float] = (), ratio_tol: float = math.inf) -> str:
    """MISMATCH if a re-synced step ever leaves tolerance; AMPLIFICATION if only the free run does; else MATCH."""
    if exceeds(local_max, tol) or exceeds(local_ratio, ratio_tol):
        return MISMATCH
    if exceeds(global_max, tol):
        return AMPLIFICATION
    return MATCH


def combine(verdicts: Sequence[str]) -> str:
    """The overall verdict: the worst of the oracles' (mismatch > amplification > match)."""
    for v in (MISMATCH, AMPLIFICATION):
        if v in verdicts:
            return v
    return MATCH


def _found(stage: str, cmp, detail: str, **extra) -> dict:
    out = {"stage": stage, "param": cmp.param, "index": cmp.index, "numpy": cmp.checked, "oracle": cmp.expected,
           "rel": cmp.max_rel, "n_bad": cmp.n_bad, "tol": cmp.tol, "detail": detail}
    out.update(extra)
    return out


def _scale_off(checked: Params, expected: Params) -> list[float]:
    """Per tensor, |median(checked / expected) - 1| (0 where expected is all zero)."""
    out = []
    for c, e in zip(flat(checked), flat(expected)):
        r = median_ratio(c, e)
        out.append(0.0 if r is None else abs(r - 1.0))
    return out


def localise(checked, oracle, params: Params, x: np.ndarray, y: np.ndarray, lr: float, tol: float,
             ratio_tol: float | None = None, spec=None, velocity: Params | None = None) -> dict:
    """The first stage at which ``checked`` (numpy) and ``oracle`` differ on one step from ``params``.

    forward: a layer's pre-activation z_l (compared layer by layer, by running
    the first l layers), or the batch loss; backward: a gradient tensor (elementwise
    beyond the gradient tolerance, or off by a constant factor beyond ``ratio_tol``);
    update: the new parameters are not params - lr * gradient (with momentum M,
    params - lr * (M * velocity + gradient)). Returns a dict with stage, param,
    index, both values, the relative error and a one-line detail. ``spec`` (None:
    the notebook's model) is passed to every backend call; the notebook's model
    is asked for without it, so backends that predate specs still work.
    """
    spec = as_spec(spec)
    kw = spec_kwargs(spec)
    name = getattr(oracle, "name", "oracle")
    dtype = np.dtype(getattr(oracle, "dtype", np.float64))
    grad_tol = tolerance(dtype, "autodiff", spec)  # the autodiff tolerance of the dtype and model family
    ratio_tol = tolerance(dtype, "update-scale", spec) if ratio_tol is None else ratio_tol
    for layer in range(1, len(params) + 1):
        first = spec_kwargs(spec.first(layer - 1))  # the first layers' own activations (hidden=relu/tanh)
        z = compare_values(name, f"z{layer}", checked.forward(params[:layer], x, **first),
                           oracle.forward(params[:layer], x, **first), grad_tol)
        if not z.ok:
            return _found("forward", z, f"layer {layer} pre-activation differs first (sample {z.index[0]}, unit "
                          f"{z.index[1]}): " + mismatch_line(element(z.param, z.index), z.expected, z.checked,
                                                             z.max_rel, z.n_bad, z.n_compared, source=name))
    loss_np, grads_np = checked.loss_and_grads(params, x, y, **kw)
    loss_or, grads_or = oracle.loss_and_grads(params, x, y, **kw)
    if spec.momentum:
        new_np, _, clipped_np = checked.step(params, x, y, lr, spec=spec, velocity=velocity)
        new_or, _, clipped_or = oracle.step(params, x, y, lr, spec=spec, velocity=velocity)
    else:
        new_np, clipped_np = checked.sgd_step(params, x, y, lr, **kw)
        new_or, clipped_or = oracle.sgd_step(params, x, y, lr, **kw)
    for what, a, b in (("loss", loss_np, loss_or), ("clipped loss", clipped_np, clipped_or)):
        c = compare_values(name, what, np.array([a]), np.array([b]), grad_tol)
        if not c.ok:
            return _found("forward", c, f"the logits agree but the batch {what} differs (softmax, clip or mean): "
                          + mismatch_line(what, b, a, c.max_rel, c.n_bad, c.n_compared, source=name))
    cmps = compare_grads(grads_np, grads_or, name, grad_tol, model_resolution(grads_or, dtype, spec))
    off = _scale_off(grads_np, grads_or)
    bad = [(c, o) for c, o in zip(cmps, off) if not c.ok or o > ratio_tol]
    if bad:
        worst, _ = max(bad, key=lambda co: (-1.0 if co[0].max_rel is None else co[0].max_rel, co[1]))
        i = param_names(len(params)).index(worst.param)
        ratio = median_ratio(flat(grads_np)[i], flat(grads_or)[i])
        return _found("backward", worst, f"forward and loss agree, gradient {worst.param} differs first "
                      f"({', '.join(c.param for c, _ in bad)} off); median numpy/{name} ratio "
                      f"{'n/a' if ratio is None else f'{ratio:.6g}'}", params_bad=[c.param for c, _ in bad], ratio=ratio)
    steps = [n - p for n, p in zip(flat(new_np), flat(params))]
    expected = [-lr * np.asarray(g, np.float64) for g in flat(grads_np)]
    if spec.momentum and velocity is not None:
        expected = [e - lr * spec.momentum * np.asarray(v, np.float64) for e, v in zip(expected, flat(velocity))]
    cmps = compare_grads(new_np, new_or, name, tol)
    off = [0.0 if r is None else abs(r - 1.0) for r in map(median_ratio, steps, expected)]
    bad = [(c, o) for c, o in zip(cmps, off) if not c.ok or o > ratio_tol]
    if not bad:
        worst = max(cmps, key=lambda c: -1.0 if c.max_rel is None else c.max_rel)
        return _found("step", worst, "forward, gradients and updates agree when recomputed from this state: "
                      "the step is not reproducible (non-determinism?)")
    worst, _ = max(bad, key=lambda co: (co[1], -1.0 if co[0].max_rel is None else co[0].max_rel))
    i = param_names(len(params)).index(worst.param)
    ratio = median_ratio(steps[i], expected[i])
    how = ("not updated" if ratio == 0 else f"updated by {ratio:.6g} x (-lr x gradient)") if ratio is not None else \
        "updated by something other than -lr x gradient"
    return _found("update", worst, f"gradients agree but {worst.param} is {how}", ratio=ratio)
