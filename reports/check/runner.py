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
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from xval.impl.conventions import Params
from xval.impl.errors import InputError
from xval.reports.check import adapter as ad
from xval.reports.check import diagnose as dg
from xval.reports.check import remote
from xval.reports.check.cases import CASE_NAMES, make_cases
from xval.reports.check.checks import Checks
from xval.reports.check.guard import SubmissionTimeout
from xval.reports.check.layercheck import check_layers
from xval.reports.check.oracle import Oracles
from xval.reports.check.policy import AUTODIFF, autodiff_imports
from xval.reports.check.report import Diagnosis, Item, Mismatch, Report
from xval.reports.check.styles import fit_default_params

GRADIENT_CODES = ("overflow", "scaled-gradient", "loss-mismatch", "weight-decay", "stale-weights", "relu-gate",
                  "activation-derivative", "bias-total-sum", "precision-loss", "small-constant",
                  "gradient-mismatch")
CODE_ORDER = ("uses-autodiff", "global-sample-count", "short-batch", "layer-function", "epsilon-guard",
              "forward-mismatch", "input-mutated", "raised", "stateful", "update-rule", "not-updated", *GRADIENT_CODES)


DEFAULT_STEPS = 10
"""Re-synced trace steps by default. Every step repeats the whole forward and backward, so the trace is most
of a check's cost (about 25 CPU ms a step here). On the project's 83-file corpus (mutants, interface styles,
correct files) 5 steps and 30 give the same verdict and diagnosis for every file: the cases and the
repeatability check catch state kept between calls at step 0 or 1. Ten leaves room for a bug that appears
after a few calls; ``--steps 30`` (or more) for a closer look at one file."""

DEFAULT_TIMEOUT = 60.0
"""Seconds a submission may take (loading, every check, the trace); a correct one takes 1-4 s here."""


@dataclass
class CheckOptions:
    lr: float = 0.005  # the notebook's
    lr_factor: float = 10.0  # the second step of the update-rule check runs at lr * lr_factor
    steps: int = DEFAULT_STEPS
    oracles: tuple[str, ...] = ("torch", "jax")
    require_oracles: bool = False
    timeout: float | None = DEFAULT_TIMEOUT
    forward: str = "forward"
    backward: str | None = None
    cases: tuple[str, ...] = CASE_NAMES
    policy: remote.CheckPolicy = field(default_factory=remote.CheckPolicy)  # sandbox, limits, imports
    # the params are the defaults (no --weights): refit them to an interface that fixes another depth or sizes,
    # and scale them for a model that is not the notebook's (_scaled_for_family)
    fit_depth: bool = False
    # the model: None reads it from the file (family.py); a value overrides the reading (--hidden, ...)
    hidden: str | None = None
    output: str | None = None
    loss: str | None = None
    l2: float = 0.0


def check_submission(path, params: Params, x: np.ndarray, y: np.ndarray, real: bool,
                     options: CheckOptions | None = None) -> Report:
    """Check one .py/.ipynb against the oracles; unusable input gives status "unusable", never an exception.

    The submission runs only in its worker (:mod:`xval.reports.check.remote`);
    everything here is the judge: the oracles, the comparisons, the verdict.
    """
    opts = options or CheckOptions()
    t0 = time.perf_counter()
    report = Report(file=str(path))
    worker = None
    try:
        try:
            worker = remote.Worker.create(Path(path), str(path), opts.policy, opts.timeout, opts.forward)
            oracles = Oracles(opts.oracles, params[0][0].dtype, opts.require_oracles)  # while the worker starts
            info = worker.load(opts.forward, opts.backward)
            if info.sizes:
                params, x, y, real, note = _own_sizes(path, params, x, y, real, info, opts)
            else:
                params, note = _at_depth(path, params, info, opts)
        except (InputError, SubmissionTimeout, remote.WorkerCrashed) as exc:
            report.status = _STATUS.get(type(exc), "unusable")
            report.error = str(exc)
            report.seconds = time.perf_counter() - t0
            return report
        model = remote.RemoteModel(worker, info)
        oracles.biases = info.biases
        run = Run(report, model, oracles, opts, params[0][0].dtype)
        if note:
            run.items.append(Item("weights", "load", False, note, severity="warning"))
        if info.sizes:  # layers it builds at its own sizes: widths other than those are not its contract
            run.stress_cases["square"] = "at widths other than the file's own"
        if not info.biases:
            run.items.append(Item("biases", "load", False, "its layers have no biases: checked as a network without "
                                  "them (xval's biases held at zero, their gradient zero)", severity="warning"))
        elif info.biases is not True:
            none = [l + 1 for l, has in enumerate(info.biases) if not has]
            run.items.append(Item("biases", "load", False, f"its layer{'s' if len(none) > 1 else ''} "
                                  f"{', '.join(map(str, none))} {'have' if len(none) > 1 else 'has'} no bias: checked "
                                  f"so ({', '.join(f'b{l}' for l in none)} held at zero, their gradient zero)",
                                  severity="warning"))
        run.loaded(info, model.fn, real)
        run.isolation(worker.mode, autodiff_imports(Path(path)))
        try:
            run_checks(run, params, x, y, real)
        except SubmissionTimeout as exc:
            run.fail(Item("time limit", "load", False, f"{exc} ({opts.timeout:g} s for the whole check; --timeout)"))
            run.diagnose(Diagnosis("raised", [], f"the submission did not finish: {exc}", f"limit {opts.timeout:g} s",
                                   "look for a loop that never ends, or raise --timeout", key="timeout"), "")
            report.status = "timeout"
        except remote.WorkerCrashed as exc:
            run.fail(Item("worker", "load", False, str(exc)))
            run.diagnose(Diagnosis("raised", [], "the submission's process ended in the middle of the check "
                                   "(os._exit, a crash in native code, or a resource limit)", str(exc),
                                   "let functions return; do not exit the interpreter or start processes",
                                   key="crashed"), "")
            report.status = "crashed"
        except InputError as exc:  # e.g. the oracles disagree with each other: nobody can be judged
            report.status, report.error = "unusable", str(exc)
        finally:
            run.worker_summary(worker)
        run.finish()
    finally:
        if worker is not None:
            worker.close()
            report.submission_cpu_seconds = worker.cpu_seconds
    report.seconds = time.perf_counter() - t0
    return report


_STATUS = {SubmissionTimeout: "timeout", remote.WorkerCrashed: "crashed"}


def _at_depth(path, params: Params, info: remote.LoadInfo, opts: CheckOptions) -> tuple[Params, str]:
    """The params to check with when the interface fixes its own depth: the defaults refitted (no --weights), or
    unusable input (weights of another depth were given)."""
    if info.depth in (None, len(params)):
        return params, ""
    if not opts.fit_depth:
        raise InputError(f"{path}: its interface fixes {info.depth} layers ({info.interface}); the weights have "
                         f"{len(params)}: pass weights of that depth, or none")
    return fit_default_params(info.depth, params)


def _own_sizes(path, params: Params, x, y, real: bool, info: remote.LoadInfo, opts: CheckOptions):
    """(params, x, y, real, note) for a model that builds its own layers (e.g. 64-32-10): the default weights
    scheme at its sizes (no --weights), and synthetic inputs when its input size is not the data's."""
    from xval.impl import weights as weights_io
    from xval.reports.check.cases import synthetic_images

    sizes, have = list(info.sizes), [params[0][0].shape[0], *(W.shape[1] for W, _ in params)]
    arch = "-".join(map(str, sizes))
    if sizes == have:
        return params, x, y, real, ""
    if not opts.fit_depth:
        raise InputError(f"{path}: it builds its own {arch} layers ({info.interface}); the weights have "
                         f"{'-'.join(map(str, have))}: pass weights of those sizes, or none")
    dtype = params[0][0].dtype
    params = weights_io.init_params(sizes, weights_io.DEFAULT_INIT, weights_io.DEFAULT_SEED, dtype)
    note = f"the submission builds its own {arch} layers: checked at those sizes with the default weights scheme"
    if sizes[0] != x.shape[1] or sizes[-1] < int(y.max()) + 1:
        gen = np.random.default_rng(0)
        x = synthetic_images(min(len(x), max(260, opts.steps * 200 + 260)), sizes[0], gen, dtype)
        y = gen.integers(0, max(sizes[-1], 2), size=len(x)).astype(y.dtype)  # one output: binary labels 0/1
        real = False
        note += (f", on synthetic inputs of {sizes[0]} features and "
                 + ("binary labels (one output unit: the label is its target, 0 or 1)" if sizes[-1] == 1 else
                    f"{sizes[-1]} classes") + f" (the data has {have[0]} features and 10 classes)")
    return params, x, y, real, note + " (pass --weights for others)"


def run_checks(run: "Run", params: Params, x: np.ndarray, y: np.ndarray, real: bool) -> None:
    """Every check, in the order of the module docstring, on ``run.model`` (whatever process it runs in)."""
    if getattr(run.model, "layers", None):  # CS231n layer functions: each on its own first
        check_layers(run)
    names = run.opts.cases
    if getattr(run.model, "fixed_widths", False):  # a packing sized by the file's constants: its widths are its contract
        names = tuple(n for n in (names or CASE_NAMES) if n != "square")
    cases = make_cases(params, x, y, real, names=names)
    if cases:
        run.read_model(cases[0])
        scaled = _scaled_for_family(run, params)
        if scaled is not None:  # every case but the stress case on weights scaled for the family
            params = scaled
            cases = [c if c.name == "saturated" else make_cases(params, x, y, real, names=(c.name,))[0]
                     for c in cases]
    for case in cases:
        run.case(case)
    if cases:
        run.loss_outside(cases[0])
    if cases and run.model.fn.helpers:
        run.helpers(cases[0], run.model.fn.helpers, remote.ParentGuard())
    if run.opts.steps:
        run.trace(params, x, y)


def _scaled_for_family(run: "Run", params: Params) -> Params | None:
    """The default weights rescaled for a model or an interface that is not the notebook's, or None (keep
    ``params``).

    The notebook's unscaled N(0, 1) weights are its own regime: ReLU units and a max-shifted softmax cope, but
    sigmoid and tanh units saturate (their derivatives round to 0, hiding the bugs that live there) and a sigmoid
    output rounds to exactly 0 or 1 (the course's dA = -(Y / A - (1 - Y) / (1 - A)) is then 0 / 0 on correct code).
    A model of another family, checked on the default weights (no --weights), is checked on the same seed scaled
    the usual way for its units (Xavier for sigmoid and tanh, He otherwise); the saturated case keeps the
    unscaled logits as a stress case, whose findings are warnings (see :meth:`Checks.case`): unscaled weights are
    not this model's regime, and saturation hides derivative bugs rather than showing them (a saturated unit's
    derivative rounds to 0), so what fails only there is numerical fragility (an overflow, a 0 / 0 the file
    guards to 0), not a wrong gradient. So is a file of the notebook's model in another interface: it makes its
    own small weights, and a softmax without the max shift (or CS231n's ``1 / exp_scores[y]``) is right at them
    and overflows only at the notebook's logits near 2000.
    """
    from xval.impl import weights as weights_io
    from xval.impl.spec import NOTEBOOK

    spec = run.spec
    notebook_model = (spec.hidden, spec.output, spec.loss) == (NOTEBOOK.hidden, NOTEBOOK.output, NOTEBOOK.loss)
    if not run.opts.fit_depth or notebook_model and isinstance(getattr(run.model, "fn", None), ad.Functions):
        return None
    init = "xavier" if spec.wants_xavier else "he"
    sizes = [params[0][0].shape[0], *(W.shape[1] for W, _ in params)]
    run.stress_cases["saturated"] = "on the unscaled weights only"
    why = ("they are the notebook's interface's regime, not this file's (it makes its own)" if notebook_model
           else "the notebook's unscaled ones saturate this model")
    run.items.append(Item("weights", "load", True, f"checked on the default weights scaled for "
                          f"{spec.hidden_words()} units ({init.capitalize()}, seed {weights_io.DEFAULT_SEED}, "
                          "zero biases): "
                          f"{why}; the saturated case keeps them as a stress case, its findings warnings (pass "
                          "--weights for others)", severity="info"))
    return weights_io.init_params(sizes, init, weights_io.DEFAULT_SEED, params[0][0].dtype)


class Run(Checks):
    """One check of one submission: the report being built and its bookkeeping. All of the state of a check
    is set here (the checks in checks.py read it; :meth:`loaded` fills in what loading found)."""

    def __init__(self, report: Report, model: ad.UserModel, oracles: Oracles, opts: CheckOptions, dtype):
        self.report, self.model, self.oracles, self.opts = report, model, oracles, opts
        self.dtype = np.dtype(dtype)
        self.items: list[Item] = report.checks
        self.explained_by_update_rule: set[str] = set()  # tensors the update-rule check already explains
        self.missing_modules: list[str] = []  # modules the submission imports that are not installed
        self.unbound: dict[str, str] = {}  # top-level names never defined (a statement failed), and why
        self.autodiff: list[str] = []  # autodiff modules the submission uses (from its source, its worker)
        # cases whose findings are warnings, and the words that say why (see _scaled_for_family and check_submission)
        self.stress_cases: dict[str, str] = {}

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
        # a one-sample, one-output scale says only that any two losses differ by one factor there: where another
        # diagnosis explains the same tensors on the batches, that one is the finding
        # (and so does any scale seen on the one-sample case alone, where the batches show the same tensors wrong
        # with no one factor: one sample's error can be proportional to its gradient by chance)
        for d in [d for d in r.diagnosis if d.key == "scaled:one-sample"]:
            others = {p for o in r.diagnosis if o is not d and o.key != "scaled:one-sample" for p in o.params}
            if set(d.params) <= others:
                r.diagnosis.remove(d)
        for d in [d for d in r.diagnosis if d.code == "scaled-gradient" and d.cases == ["single"]]:
            others = {p for o in r.diagnosis if o is not d and set(o.cases) - {"single"} for p in o.params}
            if set(d.params) <= others:
                r.diagnosis.remove(d)
        for d in r.diagnosis:  # wrong only where inputs go below zero: the first layer's gradient read the inputs
            if d.code in GRADIENT_CODES and d.cases == ["signed"]:
                d.explanation += ("; only on inputs below zero (the signed case): on pixel data, never negative, "
                                  "it agrees")
                d.hint = ("form the first layer's weight gradient from the inputs as given (x.T @ delta), not from "
                          "relu(x), |x| or another copy that differs from x only where x < 0")
        if any(d.code == "epsilon-guard" for d in r.diagnosis):  # the guard's 1e-8 is the float32-level error
            r.diagnosis = [d for d in r.diagnosis if d.code != "precision-loss"]
        # what the ordinary cases show first; what only the saturated case (the notebook's raw weights, logits in
        # the hundreds) shows after it, however severe its code
        r.diagnosis.sort(key=lambda d: (bool(d.cases) and set(d.cases) <= {"saturated"},
                                        CODE_ORDER.index(d.code) if d.code in CODE_ORDER else len(CODE_ORDER)))
        if r.status == "ok" and any(not c.ok and c.severity == "fail" for c in r.checks):
            r.status = "mismatch"
        if r.status == "ok" and r.interface.startswith("layer objects"):
            self._unrun_loss_gradient()

    def _unrun_loss_gradient(self) -> None:
        """Layer objects checked agree, under xval's own loss gradient or the file's loss layer, but the file's
        training code computes the gradient it feeds them some other way (read here, the judge's side, from the
        source alone): that line was never checked, so no verdict (exit 2) rather than a pass a wrong loss
        gradient would also get. Not when the line is the one xval ran as the loss gradient (its read-as line
        says "computes it at" that place), nor when it reads what a loss layer xval ran keeps."""
        from xval.reports.check.styles.objects import unrun_loss_gradient

        found = unrun_loss_gradient(Path(self.report.file),  # (a container xval ran: its chaining was run)
                                    unrolled=not getattr(self.model.fn, "use_container", False))
        own = getattr(self.model.fn, "own_loss", False)
        if found is None or f"computes it at {found[1]}," in self.report.interface or found[3] and not own:
            return  # (the result a loss layer xval ran keeps, `grad = head.dinputs`, is that layer's gradient)
        whose, where, code, _ = found
        self.report.status = "unusable"
        self.report.error = (
            f"{self.report.file}: its layers agree with the oracles, but {whose} feeds them a loss gradient of its "
            f"own ({where}: `{code}`) that xval does not run, so the file has no verdict; take it from a loss layer "
            "(forward(scores, y) -> loss, backward() -> dL/dscores) or a function the step calls "
            "(loss_grad(scores, y)) to have it checked")

    def loaded(self, loaded, fns: ad.Functions, real: bool) -> None:
        self.missing_modules = list(loaded.missing_modules)
        self.unbound = dict(loaded.unbound)
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
        for name, where in getattr(loaded, "sample_counts", {}).items():
            self.global_sample_count(name, where)
        if not real and getattr(loaded, "sizes", None) and (loaded.sizes[0] != 784 or loaded.sizes[-1] < 10):
            pass  # synthetic because of the model's own input size or classes: the weights note says so
        elif not real:
            add(Item("data", "load", False, "the real Fashion-MNIST was not found: checked on synthetic images "
                     "(install dataset-fashion-mnist or pass --data)", severity="warning"))

    def global_sample_count(self, name: str, where: str) -> None:
        """A function reads a module-level sample count that the file sets from its whole data set (a statement
        xval did not run): right only when the data set is one batch. A bug; the rest is checked with the name
        set to each call's batch size (the worker does that)."""
        detail = (f"`{name}` is a module-level count of the data's rows ({where}), not the batch's; xval set it to "
                  "each call's batch size to check the rest")
        self.fail(Item("batch size from the arguments", "backward", False, detail),
                  Mismatch("backward", 0, name, [], float("nan"), float("nan"), "",
                           f"the global `{name}` ({where.split(';')[0]}) stands for the batch size"))
        self.diagnose(Diagnosis("global-sample-count", [name], f"the gradient divides by the global `{name}`, the "
                                "number of rows of the whole data set, so it is wrong for any mini-batch (and for a "
                                "batch of other rows than that count)", detail, f"take the batch size from the "
                                f"arguments: {name} = X.shape[1] when samples are columns, X.shape[0] when rows",
                                key=f"global-sample-count:{name}"), "")

    def isolation(self, mode: str, autodiff: list[str]) -> None:
        """Say where the submission ran, and judge its use of autodiff (found in its source)."""
        if mode == "none":
            self.items.append(Item("sandbox", "load", False, "not sandboxed: the submission ran in a separate "
                                   "process with resource limits, but could read and write your files (install "
                                   "bubblewrap, or pass --require-sandbox to refuse this)", severity="warning"))
        else:
            self.items.append(Item("sandbox", "load", True, "the submission ran in a bubblewrap sandbox (read-only "
                                   "files, no network, its own processes)", severity="info"))
        self.uses_autodiff(autodiff, "imports")

    def uses_autodiff(self, modules: list[str], how: str) -> None:
        new = [m for m in modules if m not in self.autodiff]
        if not new:
            return
        self.autodiff += new
        detail = (f"the submission {how} {', '.join(new)}: a gradient computed by autodiff is not a hand-written "
                  "backprop")
        if not self.opts.policy.forbid_autodiff:
            self.items.append(Item("autodiff", "load", False, detail + " (--forbid-autodiff makes this a failure)",
                                   severity="warning"))
            return
        self.fail(Item("autodiff", "load", False, detail))
        self.diagnose(Diagnosis("uses-autodiff", new, "the gradient may come from an autodiff library, which the "
                                "assignment forbids", detail, "write the backward pass with NumPy only",
                                key="uses-autodiff"), "")

    def worker_summary(self, worker) -> None:
        """What the worker says the submission printed, replaced and imported; its raw output, counted."""
        s = worker.summary()
        restored = [remote.quote(r, 120) for r in s.get("restored", []) if isinstance(r, str)][:4]
        if restored:
            self.items.append(Item("globals", "load", False, f"the submission replaced {', '.join(restored)}; the "
                                   "worker put them back after each call", severity="warning"))
        autodiff = [m for m in s.get("autodiff", []) if isinstance(m, str) and m in AUTODIFF]
        self.uses_autodiff(autodiff, "loaded")
        printed = s.get("printed_total", 0) if isinstance(s.get("printed_total"), int) else 0
        head = remote.quote(s.get("printed_head", ""), 80) if isinstance(s.get("printed_head"), str) else ""
        raw = worker.output.total
        if printed or raw:
            self.items.append(Item("output", "load", True, f"the submission printed {printed + raw} characters "
                                   f"(suppressed); first: {head or remote.quote(worker.output.text(), 80)!r}",
                                   severity="info"))

    def raised(self, exc: Exception, case: str, step: int = 0) -> None:
        fn = getattr(exc, "function", "?")
        stage = "forward" if fn == "forward" else "backward"
        detail = str(exc)
        said = detail.replace(str(self.report.file), "")  # a module named in the file's own name is not evidence
        missing = [m for m in self.missing_modules if m in said]
        unbound = [why for name, why in self.unbound.items()
                   if "raised NameError" in detail and f"name '{name}' is not defined" in detail]
        self.fail(Item(f"{fn} runs", stage, False, detail, case, step))
        self.diagnose(dg.raised(fn, detail, getattr(exc, "reshaped", None), missing, unbound,
                                getattr(self.model, "labels", None), dg.width_from_labels(self.report.file),
                                dg.lookalike(self.report.file, detail)), case)

    def mutations(self, mutated: list[str], stage: str, case: str, step: int = 0) -> None:
        data = [m for m in mutated if m in ("x", "y_true") or m[0] in "wb"]
        soft = [m for m in mutated if m not in data]
        if data:
            self.fail(Item("inputs unchanged", stage, False, f"{stage} changed {', '.join(data)} in place", case, step))
            self.diagnose(dg.input_mutated(data, stage, case), case)
        if soft:
            self.items.append(Item("inputs unchanged", stage, False, f"{stage} changed {', '.join(soft)} in place "
                                   "(e.g. delta = activations[-1] without .copy()); harmless for this step, wrong "
                                   "for a caller that reads them afterwards", case, step, severity="warning"))
