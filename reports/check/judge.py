"""Judge a submission's tensors against expected ones: one verdict per tensor, worst element named.

The relative error is :func:`xval.reference.compare.relative_error` and the
tolerance :func:`xval.reference.tolerances.tolerance` (float64 1e-10, float32 5e-2 for
the notebook's model; a model family's own where the table has one),
with one addition for gradients *implied* by an in-place update,
``(W_before - W_after) / lr``: rounding ``W_after`` costs up to half an ulp of
``W``, so the implied gradient carries an absolute error up to about
``eps * |W| / (2 lr)`` that the submission did not make. Each element may
exceed the tolerance by ``ROUNDING_MARGIN * eps * max(|W_before|, |W_after|) / lr``
(in relative terms, divided by the same denominator as the error). With
|W| ~ 4, lr = 0.005 in float64 that is ~4e-13 absolute: far below the
smallest single-bug signal (8e-8 relative).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from xval.reference.compare import element, mismatch_line, relative_error
from xval.reference.tolerances import FLOOR, tolerance

ROUNDING_MARGIN = 2.0


@dataclass
class Verdict:
    """One tensor: ok or not, the largest relative error and the element that decides."""

    name: str
    ok: bool
    max_rel: float
    index: list[int]
    expected: float
    got: float
    n_bad: int
    size: int
    problem: str = ""

    def line(self) -> str:
        if self.problem:
            return f"{self.name}: {self.problem}"
        return mismatch_line(element(self.name, self.index), self.expected, self.got, self.max_rel, self.n_bad,
                             self.size)


def judge(name: str, got, expected, dtype, before=None, after=None, lr: float | None = None,
          tol: float | None = None, spec=None) -> Verdict:
    """Compare ``got`` with ``expected``; ``before``/``after``/``lr`` add the implied-gradient rounding allowance;
    the tolerance is ``tol``, else the autodiff one of the model ``spec`` (a ModelSpec; None: the notebook's)."""
    tol = tolerance(dtype, "autodiff", spec) if tol is None else tol
    g, e = np.asarray(got, np.float64), np.asarray(expected, np.float64)
    if g.shape != e.shape:
        if g.size == e.size:
            g = g.reshape(e.shape)
        else:
            return Verdict(name, False, float("inf"), [], float("nan"), float("nan"), e.size, e.size,
                           f"shape {g.shape}, expected {e.shape}")
    if e.size == 0:
        return Verdict(name, True, 0.0, [], 0.0, 0.0, 0, 0)
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        ag, ae = np.abs(g), np.abs(e)
        scale = float(max(ag.max(), ae.max()))
        if not np.isfinite(scale):  # the scale of the finite values
            scale = float(max(ag[np.isfinite(ag)].max(initial=0.0), ae[np.isfinite(ae)].max(initial=0.0)))
        rel = relative_error(g, e, scale)
        flat = rel.ravel()
        top = int(np.argmax(flat))
        if flat[top] <= tol:  # every element within the tolerance: no allowance can change the verdict
            index = [int(i) for i in np.unravel_index(top, e.shape)]
            return Verdict(name, True, float(flat[top]), index, float(e.ravel()[top]), float(g.ravel()[top]), 0,
                           int(e.size))
        allow = np.zeros_like(rel)
        if before is not None and lr:
            eps = np.finfo(dtype).eps  # the check's dtype: a float32 cast in a float64 run is not excused
            mag = np.maximum(np.abs(np.asarray(before, np.float64)), np.abs(np.asarray(after, np.float64)))
            denom = np.maximum(np.abs(e), FLOOR * scale)
            allow = np.where(denom > 0, ROUNDING_MARGIN * eps * mag.reshape(e.shape) / abs(lr) / denom, 0.0)
        limit = tol + allow
        excess = np.where(np.isfinite(rel), rel / limit, np.inf)
    excess = excess.ravel()
    worst = int(np.argmax(excess))
    n_bad = int(np.count_nonzero(excess > 1.0))
    index = [int(i) for i in np.unravel_index(worst, e.shape)]
    return Verdict(name, n_bad == 0, float(rel.ravel()[worst]), index, float(e.ravel()[worst]),
                   float(g.ravel()[worst]), n_bad, int(e.size))


def negligible(a, b, oracle, tol: float) -> bool:
    """Whether two of the submission's values for one tensor are both rounding noise on the scale of the oracle's
    (a gradient summed to ~1e-17 by cancellation): comparing them with each other measures only the summation
    order, so no rule (repeatability, scaling with the rate) can be read from them."""
    top = max(np.abs(np.asarray(a, np.float64)).max(initial=0.0), np.abs(np.asarray(b, np.float64)).max(initial=0.0))
    return bool(top <= tol * FLOOR * np.abs(np.asarray(oracle, np.float64)).max(initial=0.0))

