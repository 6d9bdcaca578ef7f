"""The one comparison vocabulary: how an error is measured, per purpose, and how a mismatch is written.

Every comparison in xval (gradcheck, the trace, ``xval check``) measures with
the functions here, one per purpose:

====================================  =========================================
purpose                               measure
====================================  =========================================
is an element within tolerance        :func:`relative_error` (elementwise)
one number for a tensor or a scalar   :func:`max_rel_error` (its worst element),
(evidence, trace errors, oracles      :func:`scalar_error` for two numbers
agreeing with each other)
the typical element (precision-loss)  :func:`median_rel_error`
a systematic scale of a step          :func:`median_ratio` (robust to outliers)
the constant a diagnosis then tests   :func:`fit_factor` (least squares)
====================================  =========================================

and every mismatch is written by :func:`mismatch_line`:
``torch w2[3, 4]: expected 0.25, got 0.5 (rel 1.00e+00 > tol 1e-10; 7 of 100 elements off)``.

Below, a checked gradient against an oracle's, tensor by tensor: structure first, then values.

Shapes: grads are lists of ``(dW, db)`` like params (``dW`` (fan_in, fan_out),
``db`` (1, fan_out)); tensors are named w1, b1, w2, b2, ...

The relative error, defined once (:func:`relative_error`), for every element::

    rel = max(|checked - oracle| - resolution, 0) / max(|oracle|, FLOOR * scale)
    scale = max(max |checked|, max |oracle|) over the tensor

The floor keeps elements that are tiny because of cancellation (sums over the
batch) from reading as huge relative errors: below FLOOR * scale an element is
judged by its absolute error against that floor. ``resolution`` is the
oracle's own absolute uncertainty: for autodiff the dtype's smallest normal
number (XLA flushes subnormals to zero, NumPy and torch keep them: a float32
gradient of 1e-40 is 0 in jax, measured with a saturated softmax + MSE), for
finite differences the rounding bound of a difference quotient (see
xval.reference.finite_diff), which cannot tell apart values closer than that. An element is *bad* when its rel
exceeds the tolerance, or when either value is NaN/Inf and they differ.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np

from xval.impl.conventions import Params, flat, param_names
from xval.reference.tolerances import FD_FLOAT32_RESOLUTION, FLOOR, SATURATION_RESOLUTION


def json_safe(value):
    """``value`` with every non-finite float (NaN, Inf) replaced by None, recursively: JSON has no NaN."""
    if isinstance(value, (float, np.floating)):
        return float(value) if np.isfinite(value) else None
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    return value


def mismatch_line(where: str, expected: float, got: float, rel: float, n_bad: int, n: int, source: str = "",
                  tol: float | None = None) -> str:
    """The one way a mismatch is written: where, the expected value (and whose), the value got, the relative
    error (and the bound it exceeds) and how many elements are off; never an array dump."""
    whose = f" ({source})" if source else ""
    bound = f" > tol {tol:.0e}" if tol is not None else ""
    return (f"{where}: expected {expected:.10g}{whose}, got {got:.10g} (rel {rel:.2e}{bound}; "
            f"{n_bad} of {n} elements off)")


def element(param: str, index) -> str:
    """``w2[3, 4]``, or the tensor's name alone when there is no index."""
    return f"{param}[{', '.join(map(str, index))}]" if index else param


def relative_error(checked: np.ndarray, oracle: np.ndarray, scale: float, resolution: float = 0.0) -> np.ndarray:
    """Elementwise max(|checked - oracle| - resolution, 0) / max(|oracle|, FLOOR * scale); inf where non-finite values differ."""
    checked, oracle = np.asarray(checked, np.float64), np.asarray(oracle, np.float64)
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        excess = np.maximum(np.abs(checked - oracle) - resolution, 0.0)
        rel = excess / np.maximum(np.abs(oracle), FLOOR * scale)
    rel = np.where(excess == 0, 0.0, rel)  # also 0/0 when both are exactly zero
    return np.where(np.isfinite(rel), rel, np.where(checked == oracle, 0.0, np.inf))


def max_rel_error(got, expected) -> float:
    """The largest :func:`relative_error` over a tensor, with the tensor's own scale (inf if shapes differ)."""
    g, e = np.asarray(got, np.float64), np.asarray(expected, np.float64)
    if g.shape != e.shape or g.size == 0:
        return float("inf") if g.shape != e.shape else 0.0
    scale = float(max(np.abs(g).max(), np.abs(e).max())) if np.isfinite(g).all() else 0.0
    return float(relative_error(g, e, scale).max())


def scalar_error(checked: float, oracle: float) -> float:
    """:func:`max_rel_error` of two numbers (a loss, a batch loss)."""
    return max_rel_error(np.array([checked]), np.array([oracle]))


def median_rel_error(got, expected) -> float:
    """The median :func:`relative_error` over a tensor's significant elements (|expected| above FLOOR of its
    largest): where float32 rounding leaves ~eps32, a systematic error (a penalty, a slip) leaves more."""
    g, e = np.asarray(got, np.float64), np.asarray(expected, np.float64)
    if g.shape != e.shape or g.size == 0 or not np.isfinite(g).all():
        return float("inf") if g.size else 0.0
    scale = float(np.abs(e).max())
    big = np.abs(e) >= FLOOR * scale
    return float(np.median(relative_error(g[big], e[big], scale))) if big.any() else 0.0


def median_ratio(checked: np.ndarray, expected: np.ndarray) -> float | None:
    """Median of checked / expected where |expected| is above FLOOR of its largest: a constant factor shows here.

    None when no element is above the floor (an all-zero expected tensor)."""
    c, e = np.asarray(checked, np.float64).ravel(), np.asarray(expected, np.float64).ravel()
    keep = np.abs(e) > FLOOR * np.abs(e).max(initial=0.0)
    if not keep.any():
        return None
    r = float(np.median(c[keep] / e[keep]))
    return r if np.isfinite(r) else None


def fit_factor(got, expected) -> float | None:
    """The least-squares constant c in got ~ c * expected, or None when expected is all zero."""
    g, e = np.asarray(got, np.float64).ravel(), np.asarray(expected, np.float64).ravel()
    if g.size != e.size or not (np.isfinite(g).all() and np.isfinite(e).all()):
        return None
    ee = float(e @ e)
    return None if ee == 0.0 else float(g @ e) / ee


@dataclass
class Comparison:
    """One oracle against the checked gradient on one tensor."""

    oracle: str
    param: str
    max_abs: float | None
    max_rel: float | None
    index: list[int]
    n_bad: int
    ok: bool
    tol: float
    n_compared: int
    checked: float | None = None  # the checked gradient at ``index``
    expected: float | None = None  # the oracle's value there
    problem: str = ""  # a structural problem (shape, dtype) found before any value
    label: str = ""  # overrides "param[index]" when the worst probe was not an element
    extra: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        out = asdict(self)
        extra = out.pop("extra")
        for key in ("max_abs", "max_rel", "checked", "expected"):
            if out[key] is not None and not np.isfinite(out[key]):
                out[key] = None  # JSON has no Inf/NaN: null, with the reason in "problem"
                out["problem"] = out["problem"] or "non-finite values"
        return {**out, **{k: v.item() if isinstance(v, np.generic) else v for k, v in extra.items()}}

    def where(self) -> str:
        return self.label or element(self.param, self.index)

    def message(self) -> str:
        """One line naming oracle, parameter, element and both values; never an array dump."""
        if self.ok:
            return f"{self.oracle} {self.param}: ok (max rel {self.max_rel:.2e} <= {self.tol:.0e})"
        if self.problem and self.max_rel is None:
            return f"{self.oracle} {self.param}: {self.problem}"
        return (mismatch_line(f"{self.oracle} {self.where()}", self.expected, self.checked, self.max_rel, self.n_bad,
                              self.n_compared, tol=self.tol) + (f"; {self.problem}" if self.problem else ""))


def compare_values(
    oracle: str, param: str, checked: np.ndarray, expected: np.ndarray, tol: float, scale: float | None = None,
    indices: list[tuple[int, ...]] | None = None, problem: str = "", resolution: float = 0.0,
) -> Comparison:
    """Compare two equally shaped value sets; ``indices`` names sampled elements (else array positions)."""
    checked, expected = np.asarray(checked, np.float64), np.asarray(expected, np.float64)
    if scale is None:
        scale = float(max(np.abs(checked).max(initial=0.0), np.abs(expected).max(initial=0.0)))
    if checked.size == 0:
        return Comparison(oracle, param, 0.0, 0.0, [], 0, not problem, tol, 0, problem=problem)
    rel = relative_error(checked, expected, scale, resolution).ravel()
    raw = relative_error(checked, expected, scale).ravel() if resolution else rel
    with np.errstate(invalid="ignore", over="ignore"):
        diff = np.abs(checked - expected).ravel()
    worst = int(np.lexsort((raw, rel))[-1])  # the largest rel; among equal ones (0 within resolution), raw
    bad = int(np.count_nonzero(rel > tol))
    pos = indices[worst] if indices is not None else np.unravel_index(worst, checked.shape)
    return Comparison(
        oracle, param, float(diff[worst]), float(rel[worst]), [int(i) for i in pos], bad,
        bad == 0 and not problem, tol, int(checked.size),
        float(checked.ravel()[worst]), float(expected.ravel()[worst]), problem,
        extra={"max_rel_raw": float(raw.max())} if resolution else {},
    )


def structure_problem(checked: np.ndarray, expected: np.ndarray) -> tuple[str, bool]:
    """(description, values still comparable) for a shape or dtype difference; ("", True) if none."""
    c, e = np.asarray(checked), np.asarray(expected)
    if c.shape != e.shape:
        return f"shape: checked {c.shape}, oracle {e.shape}", False
    if c.dtype != e.dtype:
        return f"dtype: checked {c.dtype}, oracle {e.dtype}", True
    return "", True


def model_resolution(grads: Params, dtype, spec, fd: bool = False, scale: float = 0.0) -> float:
    """The absolute difference below which a gradient element is rounding for the whole model: SATURATION_RESOLUTION
    x eps x the largest gradient element (or ``scale``, if larger: the gradient the output would send without its
    saturating derivative) for a saturating family; for finite differences in float32 also FD_FLOAT32_RESOLUTION
    x eps32 x that element (float32 rounds a saturated sigmoid's derivative to 0, which the exact, float64
    derivative does not). 0 otherwise (reference/tolerances.py)."""
    dtype = np.dtype(dtype)
    factor = SATURATION_RESOLUTION if spec.saturates else 0.0
    if fd and dtype == np.float32:
        factor = max(factor, FD_FLOAT32_RESOLUTION)
    if not factor:
        return 0.0
    largest = max(float(np.abs(np.asarray(t, np.float64)).max(initial=0.0)) for pair in grads for t in pair)
    return factor * float(np.finfo(dtype).eps) * max(largest, scale if spec.saturates else 0.0)


def compare_grads(checked: Params, expected: Params, oracle: str, tol: float,
                  resolution: float = 0.0) -> list[Comparison]:
    """Per tensor: structure (layer count, shape, dtype), then values; one Comparison per w_i and b_i.
    ``resolution``: an absolute difference that counts as rounding (at least the dtype's smallest normal)."""
    names = param_names(len(expected))
    if len(checked) != len(expected):
        return [Comparison(oracle, name, None, None, [], int(np.size(t)), False, tol, 0,
                           problem=f"checked gradient has {len(checked)} layers, oracle {len(expected)}")
                for name, t in zip(names, flat(expected))]
    out = []
    for name, c, e in zip(names, flat(checked), flat(expected)):
        problem, comparable = structure_problem(c, e)
        if comparable:
            dtype = np.asarray(e).dtype
            tiny = float(np.finfo(dtype).tiny) if np.issubdtype(dtype, np.floating) else 0.0
            out.append(compare_values(oracle, name, c, e, tol, problem=problem, resolution=max(tiny, resolution)))
        else:
            out.append(Comparison(oracle, name, None, None, [], int(np.size(e)), False, tol, 0, problem=problem))
    return out
