"""The comparison report: numpy, torch and jax through the notebook's schedule, in one self-contained page.

Shapes: params is a list of ``(W, b)`` (``W`` (fan_in, fan_out), ``b`` (1, fan_out));
``data`` is an :class:`xval.impl.data.Dataset` in the compute dtype.

What runs, in order: a gradient check at the start (batch 0, every oracle),
a lockstep trace of ``steps`` SGD steps (every backend free-running from the
same weights, each oracle also re-synced to numpy every step, all three
evaluated on the full train and test sets every 30 steps), and a gradient
check at the end (numpy's final weights, the last batch trained on).
What it writes: ``report.html`` (figures embedded as data URIs), each figure
as a PNG, ``metrics.json`` and ``metrics.csv``.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from xval.impl import mlp
from xval.impl.spec import NOTEBOOK, ModelSpec, as_spec
from xval.reference.gradcheck import GradcheckResult, gradcheck
from xval.reference.tolerances import tolerance
from xval.reference.trace import run_trace
from xval.reference.trace_result import EVAL_KEYS, TraceResult
from xval.reports import report_figures as figs
from xval.reports.environment import describe
from xval.reports.plots import save_png
from xval.reports.report_html import Page

CLIP_LOSS = -np.log(mlp.CLIP_EPS)


@dataclass
class Report:
    """Everything the page, the JSON and the CSV are made from."""

    config: dict
    regime: dict
    start: GradcheckResult
    trace: TraceResult
    end: GradcheckResult
    environment: dict = field(default_factory=describe)

    @property
    def ok(self) -> bool:
        return self.start.ok and self.end.ok and self.trace.ok

    def curves(self) -> dict[str, dict[str, list]]:
        """Per backend: the evaluation steps and the four evaluated metrics there."""
        steps = list(self.trace.eval_steps)
        out = {"numpy": {"iterations": steps, **self.trace.evals}}
        for name, tr in self.trace.oracles.items():
            out[name] = {"iterations": steps[:len(tr.evals["train_loss"])], **tr.evals}
        return out

    def to_json(self) -> dict:
        return {"ok": self.ok, "verdict": verdict(self), "config": self.config, "regime": self.regime,
                "environment": self.environment, "curves": self.curves(),
                "gradcheck": {"start": self.start.to_json(), "end": self.end.to_json()},
                "trace": self.trace.to_json()}


def regime(params, x: np.ndarray, y: np.ndarray, spec: ModelSpec = NOTEBOOK) -> dict:
    """How saturated the output is at the start: the share of samples whose true-class output sits at the clip
    (0 for an identity output, which has none)."""
    zs, acts = mlp.forward(x, params) if spec.is_notebook else mlp.forward(x, params, spec)
    p_true = acts[-1][np.arange(len(y)), y]
    at_clip = float(np.mean(p_true <= mlp.CLIP_EPS)) if spec.output != "identity" else 0.0
    return {"fraction_at_clip": at_clip, "max_abs_logit": float(np.abs(zs[-1]).max()),
            "saturated": at_clip > 0.05, "samples": int(len(y))}


def build(params, data, steps: int, log: Callable[[str], None], progress=None,
          spec: ModelSpec | str | None = None) -> Report:
    spec = as_spec(spec)
    dtype = params[0][0].dtype
    batch_size, lr = 200, 0.005
    log(f"[1/4] regime and gradient check at the start (batch 0); model: {spec.describe()}")
    reg = regime(params, data.train_x[:10_000], data.train_y[:10_000], spec)
    start = gradcheck(params, data.train_x, data.train_y, batch_index=0, at_step=0, spec=spec)
    log(f"[2/4] trace: numpy, torch and jax through {steps} steps, evaluated every 30")
    trace = run_trace(params, data, steps=steps, dtype=dtype, lr=lr, batch_size=batch_size, eval_every=30,
                      progress=progress, spec=spec)
    n_batches = -(-len(data.train_x) // batch_size)
    log(f"[3/4] gradient check at the end (numpy's weights after {trace.steps} steps)")
    end = gradcheck(params, data.train_x, data.train_y, batch_index=(trace.steps - 1) % n_batches if trace.steps else 0,
                    at_step=trace.steps, spec=spec)
    config = {"model": spec.to_json(), "steps": steps, "epochs": steps * batch_size / len(data.train_x), "dtype": dtype.name,
              "batch_size": batch_size, "lr": lr, "eval_every": 30,
              "sizes": [params[0][0].shape[0]] + [W.shape[1] for W, _ in params], "data": data.source}
    return Report(config, reg, start, trace, end)


def _max_rel(result: GradcheckResult, oracle: str) -> float:
    vals = [c.max_rel for c in result.comparisons if c.oracle == oracle and c.max_rel is not None]
    return max(vals) if vals else float("nan")


def _fd_cell(result: GradcheckResult) -> str:
    """Finite differences' error beyond their resolution, with the raw error beside it (as gradcheck prints)."""
    fd = [c for c in result.comparisons if c.oracle == "finite-diff" and c.max_rel is not None]
    if not fd:
        return ""
    rel, raw = max(c.max_rel for c in fd), max(c.extra.get("max_rel_raw", c.max_rel) for c in fd)
    return (f"{rel:.2e}" if rel else "0 beyond resolution") + f" (raw {raw:.1e})"


def verdict(r: Report) -> str:
    """One sentence a reader can stop at."""
    oracles = list(r.trace.oracles)
    if r.ok:
        local = max(max(tr.local_max, default=0.0) for tr in r.trace.oracles.values())
        return (f"The numpy product agrees with {' and '.join(oracles)}: gradients within tolerance at the start and "
                f"the end, and every one of {r.trace.steps} training steps re-synced to numpy matches to "
                f"{local:.1e} (tolerance {r.trace.oracles[oracles[0]].tol:g}).")
    problems = [f"gradient check at the {name} fails" for name, g in (("start", r.start), ("end", r.end)) if not g.ok]
    for name, tr in r.trace.oracles.items():
        fd = tr.first_divergence
        if fd:
            problems.append(f"{name} first diverges at step {fd['step']} ({fd.get('stage', '?')}, "
                            f"{fd.get('param', '?')} {fd.get('index', '')})")
    if r.trace.stopped:
        problems.append(r.trace.stopped)
    return "MISMATCH: " + "; ".join(problems) + "."


def explanation(r: Report) -> str | None:
    """Plain words for a global divergence far above the local error, if there is one."""
    parts = []
    for name, tr in r.trace.oracles.items():
        if not tr.global_max:
            continue
        g, loc = max(tr.global_max), max(tr.local_max)
        if tr.ok and g > 1e3 * max(loc, 1e-300):
            efold = f"; it grows by a factor e every {tr.efold_steps:.1f} steps" if tr.efold_steps else ""
            norm = f" ({max(tr.global_norm):.1e} normwise)" if tr.global_norm else ""
            parts.append(f"{name}'s free-running weights drift from numpy's to a relative difference of {g:.1e} in "
                         f"the worst element{norm}, while each single step, started from numpy's weights, matches "
                         f"to {loc:.1e}{efold}")
    if not parts:
        return None
    return ("; ".join(parts) + ". That is rounding, not a bug: two correct implementations that sum in a different "
            "order differ by about 1e-16 after one step, and in this regime training amplifies such differences "
            "exponentially, so the curves part while every step is right. Judge an implementation by the local error.")


def write(r: Report, directory: Path) -> list[str]:
    """Figures, report.html, metrics.json and metrics.csv into ``directory``; returns the figure names."""
    curves = r.curves()
    tol = {o: tolerance(r.config["dtype"], o, r.start.spec) for o in r.start.oracles}
    figures = [
        ("loss", figs.overlaid_curves(curves, "loss"),
         "The notebook's loss plot, numpy, torch and jax overlaid (full train and test sets every 30 steps)."),
        ("accuracy", figs.overlaid_curves(curves, "accuracy"), "The notebook's accuracy plot, three backends overlaid."),
        ("divergence", figs.divergence({n: {"local_max": t.local_max, "global_max": t.global_max}
                                        for n, t in r.trace.oracles.items()}, next(iter(r.trace.oracles.values())).tol),
         "Largest relative parameter error against numpy after each step: local (the oracle takes the step "
         "from numpy's weights) and global (each backend free-running)."),
        ("gradients_start", figs.gradient_errors([c.to_json() for c in r.start.comparisons], tol,
                                                 "Gradient error per parameter at the start (batch 0)"),
         "Max relative gradient error per parameter and oracle at the start; dashed: the tolerance."),
        ("gradients_end", figs.gradient_errors([c.to_json() for c in r.end.comparisons], tol,
                                               f"Gradient error per parameter after {r.trace.steps} steps"),
         "The same check on numpy's final weights."),
        ("timing", figs.timings({"numpy": r.trace.numpy_seconds,
                                 **{n: t.seconds for n, t in r.trace.oracles.items()}}),
         "Seconds each backend spent in the trace: numpy its steps and evaluations, each oracle the same plus "
         "every step a second time, re-synced to numpy's weights (not a speed benchmark: see benchmarks/epoch.py)."),
    ]
    page = Page("xval comparison report: numpy vs torch vs jax")
    page.paragraph(verdict(r), "verdict ok" if r.ok else "verdict bad")
    _summary(page, r, curves)
    pngs = {}
    for name, fig, _ in figures:
        buf = io.BytesIO()
        save_png(fig, buf)
        pngs[name] = buf.getvalue()
        (directory / f"{name}.png").write_bytes(pngs[name])
    page.heading("Learning curves")
    for name, _, caption in figures:
        if name == "divergence":
            page.heading("Divergence and gradients")
        page.figure(pngs[name], caption, name)
    _environment(page, r)
    (directory / "metrics.json").write_text(json.dumps(r.to_json(), indent=1, allow_nan=False, default=_json_default))
    _write_csv(curves, directory / "metrics.csv", r.start.spec)
    (directory / "report.html").write_text(page.render(), encoding="utf-8")
    return [name for name, _, _ in figures]


def _json_default(value):
    if isinstance(value, (np.floating, np.integer)):
        return value.item()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _summary(page: Page, r: Report, curves: dict) -> None:
    page.heading("Summary")
    spec = r.start.spec
    page.paragraph(f"Model: {spec.describe()} ({spec}). Every backend builds this model from the same description; "
                   "the gradients differentiate its unclipped loss" + (" with the L2 term" if spec.l2 else "") + ".",
                   "note")
    reg = r.regime
    if not (spec.output, spec.loss) == ("softmax", "cross_entropy"):
        page.paragraph(f"Start: {100 * reg['fraction_at_clip']:.2f}% of samples with the true class's output at the "
                       f"clip (1e-12), largest |logit| {reg['max_abs_logit']:.1f}.", "note")
    elif reg["saturated"]:
        page.paragraph(f"Regime: saturated softmax. {100 * reg['fraction_at_clip']:.1f}% of the first "
                       f"{reg['samples']} training samples start at the clip (reported loss {CLIP_LOSS:.2f}); "
                       f"the largest |logit| is {reg['max_abs_logit']:.0f}. The notebook's clipped loss is not "
                       "the loss being optimised here: the gradient is that of the unclipped cross-entropy.", "note")
    else:
        page.paragraph(f"Regime: not saturated ({100 * reg['fraction_at_clip']:.2f}% of samples at the clip, "
                       f"largest |logit| {reg['max_abs_logit']:.1f}).", "note")
    text = explanation(r)
    if text:
        page.paragraph(text, "note")
    rows = []
    for backend, h in curves.items():
        if h["iterations"]:
            rows.append([backend, h["iterations"][-1], *(h[k][-1] for k in EVAL_KEYS)])
    page.table(["backend", "last evaluated step", "train loss", "test loss", "train acc", "test acc"], rows)
    rows = []
    for name, tr in r.trace.oracles.items():
        rows.append([name, _max_rel(r.start, name), _max_rel(r.end, name), max(tr.local_max, default=0.0),
                     max(tr.global_max, default=0.0), tr.efold_steps, tr.verdict])
    if "finite-diff" in r.start.oracles:
        rows.append(["finite-diff", _fd_cell(r.start), _fd_cell(r.end), None, None, None, ""])
    page.table(["oracle", "gradient error, start", "gradient error, end", "max local step error",
                "max global drift", "e-folding steps", "trace verdict"], rows)
    page.paragraph(f"{r.config['steps']} steps of batch {r.config['batch_size']}, lr {r.config['lr']}, "
                   f"{r.config['dtype']}, layers {'-'.join(map(str, r.config['sizes']))}; data: {r.config['data']}.")


def _environment(page: Page, r: Report) -> None:
    page.heading("Versions and machine")
    page.table(["", "value"], [[k, json.dumps(v) if isinstance(v, dict) else v] for k, v in r.environment.items()])


def _write_csv(curves: dict, path: Path, spec: ModelSpec = NOTEBOOK) -> None:
    """One row per backend and evaluation; the last column names the model (its canonical spec text)."""
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["backend", "iteration", *EVAL_KEYS, "model"])
        for backend, h in curves.items():
            for i, step in enumerate(h["iterations"]):
                w.writerow([backend, step, *(h[k][i] for k in EVAL_KEYS), str(spec)])


def stderr_log(line: str) -> None:
    print(f"xval report: {line}", file=sys.stderr, flush=True)
