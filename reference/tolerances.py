"""THE tolerance tables: every bound xval judges a gradient or a training step by, per dtype.

Read every bound through :func:`tolerance` (dtype, check, spec=None); a ModelSpec family's
entries in FAMILY_TOLERANCES replace the notebook's bounds there. TOLERANCES (gradients against
each oracle) is documented first; the trace's two per-step bounds, TRACE_TOLERANCES and
RATIO_TOLERANCES, and the checker's diagnosis bounds, CHECKER_BOUNDS, at their definitions below.

Every number is a bound on :func:`xval.reference.compare.relative_error`,
``max(|checked - oracle| - resolution, 0) / max(|oracle|, FLOOR * max|tensor|)``,
set to at least MARGIN (10) times the worst rounding noise measured between
*correct* implementations on this machine (2 cores, NumPy/OpenBLAS, torch 2.13
CPU, jax 0.10), rounded up to 1 or 5 times a power of ten. Re-measure with
``python -m xval.reference.measure_noise --real --steps 0:901:50 --batches 0,77,150,299``
(about ten minutes; without --steps/--batches a shorter sweep);
``tests/test_oracles_tolerances.py`` re-measures the synthetic cases on every
run and fails if the noise comes within MARGIN of a tolerance.

Measured worst noise, FLOOR = 1e-2, on 784-256-128-10 and Fashion-MNIST:
batches 0/77/150/299 after 0, 50, 100, ..., 900 notebook SGD steps (76 states
per regime and dtype; finite differences every 150 steps, 28 states):

  float64  torch, jax    He 1.6e-13, saturated 5.6e-12 (median 8e-13)  -> 1e-10 (18x)
  float64  finite-diff   5.0e-9 beyond its resolution (1.3e-6 raw)     -> 1e-6  (200x)
  float32  torch, jax    He 9e-5,    saturated 2.1e-3  (median 4e-4)   -> 5e-2  (23x)
  float32  finite-diff   2.1e-3 (float32 rounding flips a few gates)  -> 5e-2  (24x)

Why the saturated regime is noisier: its logits reach 2e3 to 5e3, so rounding
a logit (eps * |z|) is a relative error of eps * 5e3 in the small softmax
probabilities every gradient element is built from. In float32 that is ~3e-4
for each implementation against the exact (float64) gradient, and up to 2e-3
between two of them: float32 cannot resolve a 1% slip there. It still
separates gross bugs (x2, a sign, a missing batch mean or ReLU gate) from
rounding; check subtle bugs in float64, the default, whose tolerance 1e-10 sits
between the noise (<= 5.6e-12) and the smallest single-bug signals the design
names (8e-8, float32 rounding inside a float64 step; 1e-3, a 0.1% slip).
Finite differences (float64 arithmetic, see FD_STEP) have an absolute
resolution eps * max|logit| / h (~1e-7 here, see xval.reference.finite_diff) that
the relative error subtracts; beyond it they catch the 0.1% slip too, and slips
down to ~1e-5. Their tolerance keeps 200x rather than 10x over the noise
because the truncation error (h^2 / 6 times a third derivative that grows with
the cube of the activations) is small in these models but not bounded by them.

FLOOR: with 1e-3 instead of 1e-2 the float64 noise grows ~10x (2.4e-11) and
float32 to 6e-3 (cancellation in tiny elements); with 1e-4, 1e-10 and 4e-2.
1e-2 keeps float32 usable, while in float64 an element below 1% of its
tensor's largest is still judged against that 1% at 1e-10.
"""

from __future__ import annotations

import numpy as np

FLOOR = 1e-2
"""Relative-error denominator floor, as a fraction of the tensor's largest magnitude."""

FD_STEP = 1e-5
"""Central-difference step, relative to max(1, |theta|). The finite-difference
oracle always evaluates the loss in float64 (float32 params are exact in
float64), so one step serves both dtypes: 1e-4 crosses ReLU kinks on ~40 of
~100 probes with He init (1e-5: 0 to 8), and the rounding noise grows as 1/h."""

FD_FLOAT32_RESOLUTION = 100.0
"""A float32 gradient is compared with finite differences (the exact, float64 derivative) only beyond
this many float32 epsilons times the model's largest gradient element: float32 rounds a saturated
sigmoid output to exactly 0 or 1 and its derivative a (1 - a) to 0, so a small tensor's gradient
(b1 at 1e-7 of the largest) can be lost entirely. Measured on the synthetic cases of every ModelSpec
family: |float32 gradient - finite difference| up to 28 eps32 x the largest element (relu + sigmoid +
MSE, saturated); 100 keeps the remaining excess far below the float32 tolerance."""

TOLERANCES: dict[str, dict[str, float]] = {
    "float64": {"autodiff": 1e-10, "finite-diff": 1e-6},
    "float32": {"autodiff": 5e-2, "finite-diff": 5e-2},
}
"""Max relative error per dtype and oracle kind (torch and jax are "autodiff")."""

SATURATION_RESOLUTION = 100.0
"""For a family whose backprop computes a derivative from a saturating activation (ModelSpec.saturates:
sigmoid or tanh hidden units, MSE through a sigmoid or softmax output), differences below this many
epsilons of the dtype times the model's largest gradient element are rounding, for every oracle. As a
unit nears its bound, 1 - a^2 (or a (1 - a)) is computed with an absolute error of eps, not a relative
one: two correct implementations whose tanh differs by an ulp give a gradient of 1e-10 that differs by
2.5e-4 relative (measured: tanh hidden units driven to |z| >> 1 by identity + MSE training, w1's
gradient 1e-10 against w4's 190, float64); absolute differences there stayed below 1 x eps x the
largest element. With MSE through a sigmoid or softmax output the whole model's gradient can vanish
into rounding (a saturated softmax + MSE: every element ~1e-8, float32's of the wrong sign): there the
scale is the gradient the same model sends with BCE or cross-entropy instead (the output delta
(a - t) / B without the saturating derivative), computed by an autodiff oracle. A tensor whose whole
gradient is below this resolution is not judged."""

FAMILY_TOLERANCES: dict[str, dict[str, dict[str, float]]] = {
    "output=softmax,loss=mse": {"float64": {"autodiff": 1e-6, "update-scale": 1e-6, "trace": 1e-9}},
    "output=sigmoid,loss=mse": {"float64": {"autodiff": 1e-9, "trace": 1e-9},
                                "float32": {"autodiff": 0.5, "finite-diff": 0.5}},
    "hidden=tanh": {"float64": {"autodiff": 1e-9}},
    "hidden=identity,output=tanh,loss=mse": {"float32": {"update-scale": 1e-2}},
}
"""Where a ModelSpec family's measured noise does not fit TOLERANCES with MARGIN, the entries that
replace it, keyed by the check's kind as :func:`tolerance` names it (the larger one wins when several
families match; "update-scale" and "trace" replace RATIO_TOLERANCES and TRACE_TOLERANCES). Measured
with ``measure_noise --specs all --by-family --trace``
(synthetic: 4 architectures x He and saturated x 0 and 5 steps, for 56 families: 4 hidden activations x
7 output/loss pairs, plain and with L2 1e-3 + momentum 0.9; the tanh and relu outputs' 16 measured apart)
and ``--real --steps 0,30 --batches 0,150`` (784-256-128-10 on Fashion-MNIST from normal and Xavier weights,
9 families), plus 30-step traces on Fashion-MNIST from the default weights for the first 20 pairs:

  worst relative error (float64 / float32)        raw                  beyond SATURATION_RESOLUTION
  relu, leaky_relu with CE, BCE or identity+MSE    5.0e-13 / 2.7e-4     the same (not saturating)
  softmax + MSE, synthetic                         4.9e-8  / 1.1 (FD)   0 / 0
  softmax + MSE, Fashion-MNIST                     5.8e-12 / 3.2e-3     (measured raw only)
  sigmoid + MSE, Fashion-MNIST                     7.1e-11 / 3.2e-2     (measured raw only)
  tanh hidden units, synthetic                     3.7e-3 (saturated    0 / 0
                                                   tanh after identity + MSE steps), 4.1e-11 with CE
  relu + MSE output, synthetic                     7.1e-15 / 2.5e-5     the same (not saturating)
  leaky relu + MSE output, synthetic               4.9e-15 / 3.0e-6     the same (not saturating; measured
                                                   apart at leaky relu and at sigmoid hidden units)
  tanh + MSE output, synthetic                     (not kept)           0 / 0 (finite differences 0 / 0)
  trace of both outputs (30-16-9-5, 40 steps)      local 1.5e-12 / 1e-4, update scale 7.6e-14 / 2.7e-5
  trace on Fashion-MNIST, MSE families, float64    local 5.5e-11, update scale 1.9e-8 (relu + softmax
                                                   + MSE, plain SGD); every other pair <= 5e-13 / 4e-15
  hidden layers of different activations (relu/   0 / 0 beyond the resolution (1- and 2-hidden-layer
  tanh, sigmoid/relu, tanh/sigmoid + sigmoid MSE,  architectures); trace local 4.5e-14 / 1.7e-5, update
  leaky_relu/tanh + identity MSE, relu/sigmoid +   scale 2.2e-14 / 3.0e-6: a spec with several is in each
  sigmoid BCE)                                     of its layers' families (the largest entry wins)
  identity (linear) hidden units: the 8 pairs,    7.6e-14 / 2.5e-5, finite differences 0 / 0 beyond the
  plain and with L2 + momentum, and relu/identity, resolution; trace local 1.9e-13 / 1.9e-4, update scale
  identity/tanh + sigmoid BCE, sigmoid/identity +  7.7e-13 / 8.2e-4: the last from tanh + MSE output on
  identity MSE                                     normal weights (saturated tanh outputs through linear
                                                   layers), its float32 update-scale entry above

The raw noise of the saturating families comes from f'(z) computed from an activation near its bound
(SATURATION_RESOLUTION); beyond that resolution the synthetic noise vanishes, so these entries are
kept for what was measured raw on Fashion-MNIST before it existed: softmax + MSE's cancellation
(a * (g - sum(g a)) where one probability is 1 - d: two correct implementations differ by ~eps / d),
sigmoid + MSE in float32 (a saturated output rounds to exactly 1: only gross bugs, x2 = 1.0, are
judged), and the trace's local error and update scale of MSE families. float32 and finite differences
fit TOLERANCES otherwise. Families whose training diverges on a case (identity + MSE on logits of
2e3) are measured up to the divergence only. Re-measure the real cases with the resolution before
tightening any of these."""

MARGIN = 10.0
"""The least factor by which every tolerance must exceed the measured noise."""

TRACE_TOLERANCES: dict[str, float] = {"float64": 1e-10, "float32": 0.25}
"""Max local (re-synced, one-step) relative *parameter* error and batch-loss error per step
in a trace, :func:`xval.reference.compare.relative_error` with FLOOR. Measured on
784-256-128-10, Fashion-MNIST, 300 notebook steps, both regimes, torch and jax:
float64 noise <= 2.7e-13 saturated, 1.3e-14 He, under the design's gate 1e-10.
float32: ten times the worst measured, 2.4e-2 (jax, saturated, step 235, b1:
numpy's and torch's float32 softmax round 1 - p differently from jax's
log-softmax, and both sit ~2e-2 from float64 there); typical steps sit at 1e-7
to 4e-6. Re-measured by tests/test_trace_gates.py (real data). Every ModelSpec family (4 hidden
activations x 5 output/loss pairs, L2 1e-3, momentum 0.9; 40 steps of a 30-16-9-5 model on random
data from normal and Xavier weights, ``measure_noise --specs all --trace``): float64 <= 2.9e-13
(softmax + MSE), float32 <= 3.3e-4 (softmax + MSE): the same bounds hold."""

RATIO_TOLERANCES: dict[str, float] = {"float64": 1e-10, "float32": 1e-3}
"""Max update-scale error per tensor and step in a trace:
``|median(numpy's update / oracle's update) - 1|`` over the elements above FLOOR
of the tensor's largest update, the size of a systematic scale error (x2, x1.01,
a missing batch mean, a wrong lr, a tensor left out of the update). Rare large
rounding outliers barely move a median: measured worst 1.5e-14 in float64 and
1.2e-5 in float32 (every tensor, b3's 10 elements included), whereas the
elementwise parameter error has heavy tails (one correct float32 step in 300
reaches 2e-2) and cannot see a x2 gradient on a weight matrix at all
(lr * |dW| is ~1e-3 of |W|). The float32 bound is 80x the worst measured. Every ModelSpec family
(as for TRACE_TOLERANCES): float64 <= 7.7e-15, float32 <= 8.1e-6 (softmax + MSE)."""

ORACLE_KIND = {"torch": "autodiff", "jax": "autodiff", "finite-diff": "finite-diff"}

CHECKER_BOUNDS: dict[str, float] = {
    "update-rule": 1e-4,
    "factor-is-rounding": 1e-6,
    "precision-ratio": 30.0,
    "epsilon-guard": 1e-6,
    "epsilon-guard-spread": 1e-3,
    "outside-loss": 1e-2,
}
"""Bounds of ``xval check``'s diagnoses, the same in both dtypes (a check runs in float64 by default):

- update-rule: the largest relative difference between the gradients implied by one step at lr
  and one at 10 lr that still counts as the same gradient: above float32 rounding (~1e-7 after
  the division by lr), far below the factor 10 a wrong update rule leaves.
- factor-is-rounding: a fitted constant c with |c - 1| at most this is rounding (float32-level
  at worst, which precision-loss judges), never a scaled gradient; nor is a c with |c| at most
  this (a tensor that is zero up to rounding: a sum that cancels in a shuffled order fitted
  c = -1.5e-19).
- precision-ratio: the band of precision-loss: an error from float32 eps / 30 (4e-9, 40x the
  float64 tolerance) up to 30 x the float32 oracle's own error is float32 rounding.
- epsilon-guard: the largest shortfall below 1 of a row's sum read as a softmax that divides by
  its sum plus a constant (``exp(z) / (sum + 1e-8)``: 1e-8 of a sum of at least 1, a guard of up
  to 1e-6); epsilon-guard-spread: how far, as a fraction of the smallest shortfall, each
  probability's ratio to the oracle's may stray from its row's one factor (float64 rounding leaves
  ~1e-16 / 1e-8 = 1e-8 of it; a wrong softmax is not one factor per row at all).
- outside-loss: the least relative difference, at the check's logits, between the output weight
  gradient of a loss the file computes that its output does not go with (binary cross-entropy
  over softmax outputs) and that of the output's natural loss, for a gradient that passed as the
  natural one to be called not the file's loss's: 100x float32's pass tolerance, while two
  different losses differ at O(1).
"""

TRACE_CHECKS = {"trace": TRACE_TOLERANCES, "update-scale": RATIO_TOLERANCES}


def _matches(family: str, spec) -> bool:
    """Whether ``spec`` is in ``family`` (``hidden=sigmoid,loss=mse``); a spec whose hidden layers differ is in
    each of its layers' families (the largest entry wins)."""
    def value(key: str) -> set[str]:
        return {v.split(":")[0] for v in str(getattr(spec, key)).split("/" if key == "hidden" else ",")}
    return all(v in value(k) for k, v in (item.split("=") for item in family.split(",")))


def tolerance(dtype, check: str, spec=None) -> float:
    """THE accessor: the bound for ``check`` in ``dtype`` (float32 or float64) for the model ``spec``
    (a :class:`xval.impl.spec.ModelSpec`; None: the notebook's).

    ``check`` is an oracle a gradient is compared with (torch, jax, finite-diff) or its kind
    (autodiff), a trace bound (trace: the local parameter and batch-loss error; update-scale),
    or one of :data:`CHECKER_BOUNDS` (update-rule, factor-is-rounding, precision-ratio, epsilon-guard,
    epsilon-guard-spread, outside-loss).
    A ``spec`` belonging to a family of :data:`FAMILY_TOLERANCES` gets that family's larger entry
    for the check's kind (autodiff, finite-diff, trace, update-scale).
    """
    name = np.dtype(dtype).name
    if name not in TOLERANCES:
        raise ValueError(f"no tolerance for dtype {name}; expected float32 or float64")
    if check in ORACLE_KIND or check in TOLERANCES[name]:
        kind = ORACLE_KIND.get(check, check)
        return _family(name, kind, TOLERANCES[name][kind], spec)
    if check in TRACE_CHECKS:
        return _family(name, check, TRACE_CHECKS[check][name], spec)
    if check in CHECKER_BOUNDS:
        return CHECKER_BOUNDS[check]
    known = [*ORACLE_KIND, "autodiff", *TRACE_CHECKS, *CHECKER_BOUNDS]
    raise ValueError(f"no tolerance for {check!r}; expected one of {', '.join(known)}")


def _family(dtype: str, kind: str, tol: float, spec) -> float:
    """``tol``, or the larger FAMILY_TOLERANCES entry of a family ``spec`` belongs to."""
    if spec is not None:
        for family, table in FAMILY_TOLERANCES.items():
            if _matches(family, spec):
                tol = max(tol, table.get(dtype, {}).get(kind, tol))
    return tol
