"""The comparison report's figures, from plain data (lists and dicts), with matplotlib's object API.

Every function returns a Figure; none touches pyplot's global state.
Backends keep one colour and marker everywhere, so the overlaid curves can be
told apart even where they sit on top of each other.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np

from xval.reports.plots import new_figure

STYLE = {
    "numpy": {"color": "#1f77b4", "linestyle": "-", "marker": "o", "markersize": 5, "linewidth": 2.4},
    "torch": {"color": "#d62728", "linestyle": "--", "marker": "s", "markersize": 4, "linewidth": 1.8},
    "jax": {"color": "#2ca02c", "linestyle": ":", "marker": "^", "markersize": 4, "linewidth": 1.8},
    "finite-diff": {"color": "#9467bd", "linestyle": "-.", "marker": "D", "markersize": 4, "linewidth": 1.4},
}
_FLOOR = 1e-18  # zeros drawn on a log axis sit here (labelled as such)


def _style(name: str) -> dict:
    return STYLE.get(name, {"linestyle": "-", "marker": "."})


def overlaid_curves(histories: Mapping[str, Mapping[str, Sequence[float]]], metric: str):
    """The notebook's plot of ``metric`` ("loss" or "accuracy") vs iteration, train and test, one line per backend."""
    ylabel = {"loss": "Cross-entropy loss (clipped, as the notebook reports it)", "accuracy": "Accuracy"}[metric]
    key = {"loss": "loss", "accuracy": "acc"}[metric]
    fig, axes = new_figure(11, 4.4, ncols=2)
    for ax, part in zip(axes, ("train", "test")):
        for backend, h in histories.items():
            ax.plot(h["iterations"], h[f"{part}_{key}"], label=backend, **_style(backend))
        ax.set_title(f"{part.capitalize()} {metric} vs iteration")
        ax.set_xlabel("Iteration")
        ax.set_ylabel(ylabel)
        ax.grid(True, alpha=0.4)
        ax.legend(title="backend")
    return fig


def divergence(per_oracle: Mapping[str, Mapping[str, Sequence[float]]], tolerance: float | None):
    """Largest relative parameter error per step, local (re-synced) and global (free-running), log scale."""
    fig, ax = new_figure(9, 4.8)
    for oracle, d in per_oracle.items():
        style = dict(_style(oracle), marker=None)
        steps = np.arange(1, len(d["global_max"]) + 1)
        ax.plot(steps, np.maximum(d["global_max"], _FLOOR), label=f"{oracle}: global (free-running)", **style)
        style["linestyle"], style["linewidth"] = "-", 1.0
        ax.plot(steps, np.maximum(d["local_max"], _FLOOR), label=f"{oracle}: local (re-synced each step)",
                alpha=0.75, **style)
    if tolerance is not None:
        ax.axhline(tolerance, color="black", linewidth=1, linestyle="--", label=f"local tolerance {tolerance:g}")
    ax.set_yscale("log")
    ax.set_xlabel("Step")
    ax.set_ylabel("max relative parameter error vs numpy")
    ax.set_title("Divergence from numpy: rounding amplified (global) vs one-step error (local)")
    ax.grid(True, which="major", alpha=0.4)
    ax.legend(fontsize=8)
    return fig


def gradient_errors(comparisons: Sequence[Mapping], tolerances: Mapping[str, float], title: str):
    """Max relative gradient error per parameter (x) and oracle (bars), log scale, tolerance per oracle drawn."""
    params = list(dict.fromkeys(c["param"] for c in comparisons))
    oracles = list(dict.fromkeys(c["oracle"] for c in comparisons))
    fig, ax = new_figure(9, 4.6)
    width = 0.8 / max(len(oracles), 1)
    x = np.arange(len(params))
    for k, oracle in enumerate(oracles):
        vals = {c["param"]: c["max_rel"] for c in comparisons if c["oracle"] == oracle}
        heights = [max(vals.get(p, np.nan), _FLOOR) for p in params]
        color = _style(oracle).get("color")
        xs = x + (k - (len(oracles) - 1) / 2) * width
        ax.bar(xs, heights, width, label=oracle, color=color, bottom=_FLOOR)
        raw = {c["param"]: c["max_rel_raw"] for c in comparisons if c["oracle"] == oracle and c.get("max_rel_raw")}
        if raw:  # finite differences: the error before their resolution is subtracted, as an outline
            ax.bar(xs, [max(raw.get(p, np.nan), _FLOOR) for p in params], width, bottom=_FLOOR, fill=False,
                   edgecolor=color, linestyle=":", label=f"{oracle}, raw (resolution not subtracted)")
        for xi, p in zip(xs, params):
            if vals.get(p) is not None and vals[p] < _FLOOR:  # an exact zero: say so rather than draw a tiny bar
                ax.text(xi, _FLOOR * 3, "0", ha="center", va="bottom", fontsize=8, color=color)
    by_tol: dict[float, list[str]] = {}  # one line per tolerance value: equal lines would hide each other
    for oracle in oracles:
        if oracle in tolerances:
            by_tol.setdefault(tolerances[oracle], []).append(oracle)
    for tol, names in by_tol.items():
        color = _style(names[0]).get("color") if len(names) == 1 else "0.3"
        ax.axhline(tol, color=color, linestyle="--", linewidth=1, label=f"{', '.join(names)} tolerance {tol:g}")
    ax.set_yscale("log")
    ax.set_xticks(x, params)
    ax.set_xlabel("Parameter\n(a bar marked 0: no error at all; for finite differences, none beyond their resolution)",
                  fontsize=9)
    ax.set_ylabel("max relative gradient error vs numpy")
    ax.set_title(title)

    ax.grid(True, axis="y", alpha=0.4)
    ax.legend(fontsize=8)
    return fig


def timings(seconds: Mapping[str, float]):
    """Wall time per backend for the training run (steps and evaluations), horizontal bars."""
    fig, ax = new_figure(7, 2.8)
    names = list(seconds)
    ax.barh(names, [seconds[n] for n in names], color=[_style(n).get("color") for n in names])
    for i, n in enumerate(names):
        ax.text(seconds[n], i, f" {seconds[n]:.2f} s", va="center")
    ax.set_xlabel("Seconds in the trace (numpy: its steps and evaluations; an oracle: the same, "
                  "plus each step re-synced to numpy)", fontsize=9)
    ax.set_title("Time per backend")
    ax.set_xlim(0, max(seconds.values()) * 1.25 if seconds else 1)
    ax.grid(True, axis="x", alpha=0.4)
    return fig
