"""Forward checks: the submission's zs, activations and probabilities, and its helper functions.

Outputs are named ``z1 .. zL`` (pre-activations), ``a1 .. a{L-1}`` (hidden
activations) and ``probs``; helpers ``relu``, ``relu_derivative``, ``softmax``,
``cross_entropy_loss`` (the notebook's clipped loss) and ``evaluate``
(accuracy). Expected values: the oracle's forward (see
:mod:`xval.reports.check.oracle`); for ``relu`` and ``relu_derivative`` their
definitions (``max(z, 0)`` and ``z > 0``, so ReLU'(0) = 0) on pre-activations
that include exact zeros.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from xval.impl.activations import hidden_forward, output_forward
from xval.impl.spec import NOTEBOOK, ModelSpec
from xval.reference.compare import max_rel_error
from xval.reference.tolerances import tolerance
from xval.reports.check.family import _last_pre_activation
from xval.reports.check.judge import Verdict, judge
from xval.reports.check.oracle import Forward, softmax_from_logits
from xval.reports.check import diagnose as dg
from xval.reports.check.report import Diagnosis


@dataclass
class ForwardResult:
    verdicts: list[Verdict]  # in forward order
    warnings: list[str]
    diagnoses: list[Diagnosis]

    @property
    def bad(self) -> list[Verdict]:
        return [v for v in self.verdicts if not v.ok]


def output_pairs(zs, acts, oracle: Forward) -> list[tuple[str, np.ndarray, np.ndarray]]:
    L = len(zs)
    out = []
    for k in range(L):  # None: a value the submission's interface does not expose (skipped, not failed)
        if zs[k] is not None:
            out.append((f"z{k + 1}", zs[k], oracle.zs[k]))
        if acts[k + 1] is not None:
            out.append((f"a{k + 1}" if k < L - 1 else "probs", acts[k + 1], oracle.activations[k + 1]))
    return out


def check_forward(zs, acts, oracle: Forward, dtype, where: str, f32: Callable[[], Forward | None] | None = None,
                  params=None, spec: ModelSpec = NOTEBOOK) -> ForwardResult:
    """Judge every forward output; explain the differences found (``f32()``: the float32 oracle, asked lazily)."""
    verdicts, warnings = [], []
    user = {}
    for name, got, exp in output_pairs(zs, acts, oracle):
        v = judge(name, got, exp, dtype, spec=spec)
        user[name] = np.asarray(got, np.float64)
        k = int(name[1:]) if name[0] == "z" else 0
        if not v.ok and name[0] == "z" and k < len(zs) and v.problem == "" \
                and judge(name, got, oracle.activations[k], dtype, spec=spec).ok:
            warnings.append(f"zs[{k - 1}] holds post-ReLU values (an in-place ReLU makes zs and activations one "
                            "array): harmless for a (z > 0) gate, wrong for anyone reading zs as pre-activations")
            v = Verdict(name, True, v.max_rel, v.index, v.expected, v.got, 0, v.size)
        verdicts.append(v)
    out = next((v for v in verdicts if v.name == "probs"), None)
    misread = [v for v in verdicts if not v.ok and v.name != "probs"] if out is not None and out.ok else []
    if misread:  # the output agrees: values under other names are the file's naming, not its network
        warnings.append(f"{', '.join(v.name for v in misread)} as read from your names do not hold what those names "
                        "say while your output agrees with the oracle's (the file numbers its steps another way): "
                        "not compared")
        verdicts = [v if v not in misread else Verdict(v.name, True, 0.0, [], 0.0, 0.0, 0, v.size, "not compared")
                    for v in verdicts]
    bad = [v for v in verdicts if not v.ok]
    diagnoses = []
    if bad:
        exp = dict((n, e) for n, _, e in output_pairs(zs, acts, oracle))[bad[0].name]
        guard = epsilon_guard(user["probs"], exp, spec, dtype) if [v.name for v in bad] == ["probs"] else None
        sigmoid_eps = sigmoid_guard(oracle.activations[0], user.get("probs"), oracle.activations[-1], params, spec,
                                    dtype) if params is not None else None
        if user[bad[0].name].shape != np.shape(exp) or _softmax_of(bad[0].name, user[bad[0].name], oracle):
            diagnoses.append(_wrong_shape(bad[0], user[bad[0].name], exp, oracle, where))
        elif guard is not None or sigmoid_eps is not None:
            diagnoses.append(dg.epsilon_guard(guard, where) if guard is not None else
                             dg.epsilon_guard(sigmoid_eps, where, "sigmoid"))
            return ForwardResult(verdicts, warnings, diagnoses)
        else:
            diagnoses.append(dg.forward_mismatch(bad[0], user[bad[0].name], oracle, params, where, spec))
        f32 = f32() if f32 is not None else None
        if f32 is not None:
            exp32 = {n: e for n, _, e in output_pairs(f32.zs, f32.activations, f32)}
            exp64 = {n: e for n, _, e in output_pairs(oracle.zs, oracle.activations, oracle)}
            ratios = [(v.name, max_rel_error(user[v.name], exp64[v.name]), max_rel_error(exp32[v.name], exp64[v.name]))
                      for v in bad]
            d = dg.forward_precision_loss(ratios, dtype, where)
            if d is not None:
                diagnoses.append(d)
    return ForwardResult(verdicts, warnings, diagnoses)


def epsilon_guard(got, expected, spec: ModelSpec, dtype) -> float | None:
    """The largest shortfall below 1 of a row's sum when the file's probabilities are the softmax's, each row
    scaled by one factor just under 1 (``exp(z) / (np.sum(exp(z)) + 1e-8)``); None otherwise (bounds:
    CHECKER_BOUNDS' epsilon-guard and epsilon-guard-spread)."""
    got, expected = np.asarray(got, np.float64), np.asarray(expected, np.float64)
    if spec.output != "softmax" or got.shape != expected.shape or got.ndim != 2 or not np.isfinite(got).all() \
            or (expected <= 0).any():
        return None
    ratio = got / expected
    factor = ratio.mean(axis=1, keepdims=True)
    shortfall = 1.0 - factor
    if (shortfall <= 0).any() or shortfall.max() > tolerance(dtype, "epsilon-guard"):
        return None
    if np.abs(ratio - factor).max() > tolerance(dtype, "epsilon-guard-spread") * shortfall.min():
        return None  # not one factor per row: rounding, or another bug
    return float(shortfall.max())


def sigmoid_guard(x, got, expected, params, spec: ModelSpec, dtype) -> float | None:
    """The constant eps when the file's output is the model's with every sigmoid computed as ``1 / (1 +
    np.exp(-z) + eps)`` (its output, its hidden layers when they are sigmoid units): eps fitted to the output's
    difference from the model's and confirmed by the model run at that eps; None otherwise (no sigmoid, a
    difference that eps does not explain, or an eps beyond the bounds of :func:`epsilon_guard`). The model is
    run on ``params`` as given, or with their biases at zero (a file without biases, checked with xval's held at
    zero), whichever gives the oracle's ``expected`` output."""
    if got is None or spec.mixed or "sigmoid" not in (spec.output, spec.activation):
        return None
    got, expected = np.asarray(got, np.float64), np.asarray(expected, np.float64)
    step = 1e-8
    for held in (params, [(W, np.zeros_like(b)) for W, b in params]):
        base = _with_eps(x, held, spec, 0.0)
        if base is not None and base.shape == expected.shape and np.allclose(base, expected, rtol=1e-10, atol=0):
            params = held
            break
    else:
        return None
    if base.shape != got.shape or not np.isfinite(got).all():
        return None
    slope = (_with_eps(x, params, spec, step) - base) / step
    dev = got - base
    if not np.any(dev) or not np.any(slope):
        return None
    eps = float(np.sum(dev * slope) / np.sum(slope * slope))
    if not 0 < eps <= tolerance(dtype, "epsilon-guard"):
        return None
    left = got - _with_eps(x, params, spec, eps)
    if np.abs(left).max() > tolerance(dtype, "epsilon-guard-spread") * np.abs(dev).max():
        return None  # not one eps in every sigmoid: rounding, or another bug
    return eps


def _with_eps(x, params, spec: ModelSpec, eps: float) -> np.ndarray | None:
    """The model's output (xval's layout) with each sigmoid computed as ``1 / (1 + np.exp(-z) + eps)``, the other
    activations the product's own (:mod:`xval.impl.activations`); None when ``x`` does not fit ``params``."""
    def guarded(z):
        return 1.0 / (1.0 + np.exp(-z) + eps)

    with np.errstate(all="ignore"):
        z = _last_pre_activation(np.asarray(x, np.float64), params, guarded if spec.activation == "sigmoid" else
                                 (lambda v: hidden_forward(spec, v)))
        if z is None:
            return None
        return guarded(z) if spec.output == "sigmoid" else output_forward(spec, z)


def _softmax_of(name: str, got: np.ndarray, oracle: Forward) -> str | None:
    """The earlier value (``a1``, ``z1`` ...) whose softmax the probabilities are, from the oracle's values."""
    if name != "probs":
        return None
    L = len(oracle.zs)
    for label, value in [(f"a{k}", oracle.activations[k]) for k in range(1, L)] + \
            [(f"z{k + 1}", oracle.zs[k]) for k in range(L - 1)]:
        if np.shape(value) == got.shape and np.allclose(got, softmax_from_logits(np.asarray(value, np.float64)),
                                                        rtol=1e-9, atol=1e-12):
            return label
    return None


def _wrong_shape(v: Verdict, got: np.ndarray, exp, oracle: Forward, where: str) -> Diagnosis:
    """forward-mismatch for an output of the wrong shape or computed from the wrong value: which earlier value
    it is the softmax of, when the oracle's values show it (``softmax(a1)`` where ``softmax(z2)`` was meant)."""
    what = f"{v.name} has {got.shape[-1]} columns; expected {np.shape(exp)[-1]}"
    hint = "compare each step of forward with z = a @ W + b, a = relu(z), probs = softmax(z)"
    label = _softmax_of(v.name, got, oracle)
    if label:
        L = len(oracle.zs)
        what = f"the probabilities are softmax({label}), not softmax(z{L})"
        hint = f"take the softmax of the last layer's pre-activations z{L}"
    shape = f"shape {got.shape}, expected {np.shape(exp)}" if got.shape != np.shape(exp) else v.line()
    return Diagnosis("forward-mismatch", [v.name], what, f"{v.name}: {shape} ({where})" if got.shape != np.shape(
        exp) else f"{shape} ({where})", hint,
                     key=f"forward:{what}")


@dataclass
class HelperResult:
    name: str
    stage: str
    verdict: Verdict | None  # None: the helper raised or returned no numbers (see note)
    note: str = ""
    variant: str = ""  # a tolerated convention the helper follows instead (a warning, not a failure)


def _numbers(guard, name: str, thunk):
    from xval.reports.check.guard import SubmissionError
    try:
        got = guard.call(name, thunk)
    except SubmissionError as exc:
        return None, str(exc)
    try:
        return np.asarray(got, np.float64), ""
    except (TypeError, ValueError):
        return None, f"{name} returned {type(got).__name__}, not numbers"


def _judge(name: str, got, expected, dtype, tol=None) -> Verdict:
    expected = np.asarray(expected, np.float64)
    if got.size == expected.size:
        got = got.reshape(expected.shape)
    return judge(name, got, expected, dtype, tol=tol)


def _first(value):
    """The first of a pair of arrays a helper returned (they arrive stacked: shape (2, ...))."""
    from xval.reports.check.guard import SubmissionError

    arr = np.asarray(value)
    if arr.ndim < 3 or arr.shape[0] != 2:
        raise SubmissionError("helper", "not a pair of arrays")  # not this convention: the variant does not apply
    return arr[0]


def check_helpers(helpers: dict, guard, z: np.ndarray, logits: np.ndarray, probs: np.ndarray, y: np.ndarray,
                  clipped_loss: float, accuracy: float, x, params, dtype) -> list[HelperResult]:
    """Each helper the submission defines against its definition; known conventions are recognised.

    Tolerated conventions: ``relu_derivative`` written for activations (right on
    relu(z), not on negative z), ``cross_entropy_loss`` as -log(p + 1e-12) or with
    its arguments swapped, ``evaluate`` in percent.
    """
    y_rows = np.arange(len(y))
    # one output unit: the label is the target, and p_true the probability given to it
    p_true = np.where(y == 1, probs[:, 0], 1.0 - probs[:, 0]) if probs.shape[1] == 1 else probs[y_rows, y]
    calls = {
        "relu": ("forward", lambda f: f(z.copy()), np.maximum(z, 0.0),
                 {"returns (A, cache) (the deeplearning.ai convention): its A is checked": (
                     lambda f: _first(f(z.copy())), np.maximum(z, 0.0))}),
        "relu_derivative": ("backward", lambda f: f(z.copy()), (z > 0).astype(np.float64),
                            {"written for activations: right on relu(z), not on negative z (fine when called on "
                             "activations)": (lambda f: f(np.maximum(z, 0.0)), (z > 0).astype(np.float64))}),
        "softmax": ("forward", lambda f: f(logits.copy()), softmax_from_logits(logits),
                    {"returns (A, cache) (the deeplearning.ai convention): its A is checked": (
                        lambda f: _first(f(logits.copy())), softmax_from_logits(logits))}),
        "cross_entropy_loss": ("forward", lambda f: f(probs.copy(), y.copy()), clipped_loss,
                               {"-log(p + 1e-12) instead of the notebook's clip (differs only where p_true < 1e-11)":
                                (lambda f: f(probs.copy(), y.copy()), _log_loss(p_true)),
                                "arguments in the order (y_true, y_pred)":
                                (lambda f: f(y.copy(), probs.copy()), clipped_loss)}),
        "evaluate": ("forward", lambda f: f(x.copy(), y.copy(), [W.copy() for W, _ in params],
                                            [b.copy() for _, b in params]), accuracy,
                     {"accuracy in percent": (lambda f: f(x.copy(), y.copy(), [W.copy() for W, _ in params],
                                                           [b.copy() for _, b in params]), 100.0 * accuracy)}),
    }
    out = []
    for name, fn in helpers.items():
        stage, call, expected, variants = calls[name]
        tol = 1e-12 if name == "evaluate" else None  # an accuracy is a count: exact up to rounding
        got, note = _numbers(guard, name, lambda: call(fn))
        v = _judge(name, got, expected, dtype, tol) if got is not None else None
        variant = ""
        if v is None or not v.ok:
            for label, (alt_call, alt_expected) in variants.items():
                alt, _ = _numbers(guard, name, lambda: alt_call(fn))
                if alt is not None and _judge(name, alt, alt_expected, dtype, tol).ok:
                    variant = label
                    break
        out.append(HelperResult(name, stage, v, note, variant))
    return out


def _log_loss(p_true: np.ndarray) -> float:
    """-mean log(p + 1e-12): NaN, silently, where an output that is not a probability (an identity output) is <= 0."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return float(-np.mean(np.log(p_true + 1e-12)))
