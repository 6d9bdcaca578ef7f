"""Run every check on one submission and assemble its report (see reports/check/__init__.py).

Order (the first mismatch is the first failure in this order): for each case
(:mod:`xval.reports.check.cases`) the forward outputs z1, a1, ..., probs, then the
gradient tensors in backprop order (wL, bL, ..., w1, b1), then on ``batch0``
the update rule (a second step at 10 x lr); then the helper functions; then
the trace: ``steps`` SGD steps on the notebook's batches, each re-synced (the
oracle starts every step from the submission's current parameters), so a
difference is local to its step and never rounding amplified over steps.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from xval.impl.errors import InputError
from xval.reports.check import adapter as ad
from xval.reports.check.cases import CASE_NAMES, make_cases
from xval.reports.check.checks import Checks
from xval.reports.check.guard import Guard, SubmissionTimeout, alarm
from xval.reports.check.loading import load_submission
from xval.reports.check.oracle import Oracles
from xval.reports.check.report import Diagnosis, Item, Mismatch, Report

Params = list[tuple[np.ndarray, np.ndarray]]
GRADIENT_CODES = ("scaled-gradient", "stale-weights", "relu-gate", "bias-total-sum", "precision-loss",
                  "gradient-mismatch")
CODE_ORDER = ("forward-mismatch", "input-mutated", "raised", "stateful", "update-rule", "not-updated", "scaled-gradient",
              "stale-weights", "relu-gate", "bias-total-sum", "precision-loss", "gradient-mismatch")


DEFAULT_TIMEOUT = 60.0
"""Seconds a submission may take (loading, every check, the trace); a correct one takes 1-4 s here."""


@dataclass
class CheckOptions:
    lr: float = 0.005  # the notebook's
    lr_factor: float = 10.0  # the second step of the update-rule check runs at lr * lr_factor
    steps: int = 30
    oracles: tuple[str, ...] = ("torch", "jax")
    require_oracles: bool = False
    timeout: float | None = DEFAULT_TIMEOUT
    forward: str = "forward"
    backward: str | None = None
    cases: tuple[str, ...] = CASE_NAMES


def check_submission(path, params: Params, x: np.ndarray, y: np.ndarray, real: bool,
                     options: CheckOptions | None = None) -> Report:
    """Check one .py/.ipynb against the oracles; unusable input gives status "unusable", never an exception."""
    opts = options or CheckOptions()
    t0 = time.perf_counter()
    report = Report(file=str(path))
    deadline = None if opts.timeout is None else time.monotonic() + opts.timeout
    try:
        with alarm(deadline, "loading the submission"):  # a decorator or an import may hang too
            loaded = load_submission(path)
        fns = ad.resolve(loaded, opts.forward, opts.backward)
        oracles = Oracles(opts.oracles, params[0][0].dtype, opts.require_oracles)
    except (InputError, SubmissionTimeout) as exc:
        report.status = "timeout" if isinstance(exc, SubmissionTimeout) else "unusable"
        report.error = str(exc)
        report.seconds = time.perf_counter() - t0
        return report
    guard = Guard(deadline)
    run = Run(report, ad.UserModel(fns, guard), oracles, opts, params[0][0].dtype)
    run.loaded(loaded, fns, real)
    if loaded.printed:
        guard.output.write(loaded.printed)
    try:
        cases = make_cases(params, x, y, real, names=opts.cases)
        for case in cases:
            run.case(case)
        if cases and fns.helpers:
            run.helpers(cases[0], fns.helpers, guard)
        if opts.steps:
            run.trace(params, x, y)
    except SubmissionTimeout as exc:
        run.fail(Item("time limit", "load", False, f"{exc} ({opts.timeout:g} s for the whole check; --timeout)"))
        run.diagnose(Diagnosis("raised", [], f"the submission did not finish: {exc}", f"limit {opts.timeout:g} s",
                               "look for a loop that never ends, or raise --timeout", key="timeout"), "")
        report.status = "timeout"
    except InputError as exc:  # e.g. the oracles disagree with each other: nobody can be judged
        report.status, report.error = "unusable", str(exc)
    finally:
        if guard.restored:
            run.items.append(Item("globals", "load", False, "the submission replaced "
                                  f"{', '.join(guard.restored[:4])}; xval put them back after each call",
                                  severity="warning"))
        output = guard.output
        if output.total:
            run.items.append(Item("output", "load", True, f"the submission printed {output.total} characters "
                                  f"(suppressed); first: {output.getvalue()[:80]!r}", severity="info"))
    run.finish()
    report.seconds = time.perf_counter() - t0
    return report


class Run(Checks):
    """One check of one submission: the report being built and its bookkeeping."""

    def __init__(self, report: Report, model: ad.UserModel, oracles: Oracles, opts: CheckOptions, dtype):
        self.report, self.model, self.oracles, self.opts = report, model, oracles, opts
        self.dtype = np.dtype(dtype)
        self.items = report.checks
        self.explained_by_update_rule: set[str] = set()

    # -- bookkeeping
    def fail(self, item: Item, mismatch: Mismatch | None = None) -> None:
        self.items.append(item)
        if mismatch is not None and self.report.first_mismatch is None:
            self.report.first_mismatch = mismatch

    def diagnose(self, d: Diagnosis, case: str) -> None:
        for old in self.report.diagnosis:
            if old.code == d.code and old.key == d.key:
                old.params += [p for p in d.params if p not in old.params]
                if case and case not in old.cases:
                    old.cases.append(case)
                return
        d.cases = [case] if case else []
        self.report.diagnosis.append(d)

    def finish(self) -> None:
        r = self.report
        # A tensor left unchanged on some cases but explained by a gradient diagnosis on others was updated
        # whenever its gradient was non-zero (e.g. every sample at the clip): not-updated would mislead.
        explained = {p for d in r.diagnosis if d.code in GRADIENT_CODES for p in d.params}
        for d in [d for d in r.diagnosis if d.code == "not-updated"]:
            d.params = [p for p in d.params if p not in explained]
            if not d.params:
                r.diagnosis.remove(d)
        r.diagnosis.sort(key=lambda d: CODE_ORDER.index(d.code) if d.code in CODE_ORDER else len(CODE_ORDER))
        if r.status == "ok" and any(not c.ok and c.severity == "fail" for c in r.checks):
            r.status = "mismatch"

    def loaded(self, loaded, fns: ad.Functions, real: bool) -> None:
        self._missing = list(loaded.missing_modules)
        self._unbound = dict(loaded.unbound)
        add = self.items.append
        self.report.interface = getattr(fns, "interface", "") or fns.describe()
        add(Item("functions", "load", True, f"found {fns.describe()}", severity="info"))
        for w in loaded.warnings:
            add(Item("load", "load", False, w, severity="warning"))
        if loaded.skipped:
            add(Item("skipped", "load", True, f"did not run {len(loaded.skipped)} top-level statement(s) "
                     f"(data loading, training, plots): {'; '.join(loaded.skipped[:3])}"
                     f"{' ...' if len(loaded.skipped) > 3 else ''}", severity="info", data={"skipped": loaded.skipped}))
        for note in self.oracles.notes:
            add(Item("oracles", "load", False, note, severity="warning"))
        names, primary = self.oracles.names, self.oracles.primary
        others = [n for n in names if n != primary]
        trace = "jax" if "jax" in names else primary
        add(Item("oracles", "load", True, f"expected values from {primary} ({self.dtype.name})"
                 + (f"; {', '.join(others)} must agree on batch0" if others else "")
                 + (f"; the trace steps against {trace}" if self.opts.steps else ""), severity="info"))
        if not real:
            add(Item("data", "load", False, "the real Fashion-MNIST was not found: checked on synthetic images "
                     "(install dataset-fashion-mnist or pass --data)", severity="warning"))

    def raised(self, exc: Exception, case: str, step: int = 0) -> None:
        fn = getattr(exc, "function", "?")
        stage = "forward" if fn == "forward" else "backward"
        detail = str(exc)
        missing = [m for m in getattr(self, "_missing", []) if m in detail]
        unbound = [why for name, why in getattr(self, "_unbound", {}).items()
                   if "raised NameError" in detail and f"name '{name}' is not defined" in detail]
        self.fail(Item(f"{fn} runs", stage, False, detail, case, step))
        reshaped = getattr(exc, "reshaped", None)
        if reshaped:  # nothing raised: the update broadcast a wrongly shaped gradient into the parameter
            self.diagnose(Diagnosis(
                "raised", [reshaped], f"{fn} changed the shape of {reshaped}: the gradient it subtracted does not "
                f"have {reshaped}'s shape, and broadcasting grew the parameter instead of failing",
                detail, "a bias gradient sums delta over the batch: np.sum(delta, axis=0, keepdims=True), shape "
                "(1, n); a weight gradient is a.T @ delta, shape (fan_in, fan_out)",
                key=f"reshaped:{fn}:{reshaped}"), case)
            return
        shapes = any(w in detail for w in ("shape", "mismatch in its core dimension", "broadcast", "aligned"))
        if unbound or missing:
            hint = ("a name the function uses was never defined because a top-level statement failed: define it "
                    "in the file, or make its module importable (a helper module may sit next to the file)")
        elif shapes:
            hint = ("a shape error: check transposes (delta @ W.T, a.T @ delta) and layer indices"
                    + ("; y_true holds integer class labels of shape (batch,), as in the notebook, not one-hot rows"
                       if fn != "forward" and getattr(self.model, "style", "notebook") == "notebook" else
                       f"; labels were passed as {'one-hot' if self.model.layout.onehot else 'integers'} (see "
                       "'read as')" if fn != "forward" and hasattr(self.model, "layout") else "")
                    + "; xval runs several layer widths and batch sizes, so take shapes from the arguments")
        else:
            hint = "make the function work for any batch size and layer widths (use the shapes of its arguments)"
        self.diagnose(Diagnosis("raised", [fn], f"{fn} raised an exception{' (a shape error)' if shapes else ''}",
                                detail + (f" (module {missing[0]} is not installed)" if missing else "")
                                + (f" (it was never defined: {unbound[0]})" if unbound else ""), hint,
                                key=f"raised:{fn}:{detail.split(':')[1] if ':' in detail else ''}"), case)

    def mutations(self, mutated: list[str], stage: str, case: str, step: int = 0) -> None:
        data = [m for m in mutated if m in ("x", "y_true") or m[0] in "wb"]
        soft = [m for m in mutated if m not in data]
        if data:
            self.fail(Item("inputs unchanged", stage, False, f"{stage} changed {', '.join(data)} in place", case, step))
            self.diagnose(Diagnosis("input-mutated", data, f"{stage} changes {', '.join(data)} in place; the notebook "
                                    "passes views of the training set, so the data itself changes",
                                    f"{', '.join(data)} differ after the call ({case})",
                                    "work on copies (x = x / 255.0, not x /= 255.0)", key=f"mutated:{stage}"), case)
        if soft:
            self.items.append(Item("inputs unchanged", stage, False, f"{stage} changed {', '.join(soft)} in place "
                                   "(e.g. delta = activations[-1] without .copy()); harmless for this step, wrong "
                                   "for a caller that reads them afterwards", case, step, severity="warning"))
