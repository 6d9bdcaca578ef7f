"""``xval check``: debug a hand-written backprop against the torch and jax oracles.

A submission is a .py or .ipynb defining the notebook's functions (see
:mod:`xval.reports.check.adapter` for the API and the gradient-returning variant).
Only its imports and definitions run (:mod:`xval.reports.check.loading`). It is
checked on several cases (:mod:`xval.reports.check.cases`: the real first batch,
a partial batch, batch 1, exact zeros, square layers, saturated logits):
forward outputs, the gradient its backward implies, the update rule, its
helpers, and a short re-synced trace (:mod:`xval.reports.check.runner`). The
first mismatch is localized (stage, step, tensor, element, expected, got) and
the differences are explained with stable codes
(:mod:`xval.reports.check.diagnose`). Batch mode runs each submission in its own
process with a time limit (:mod:`xval.reports.check.batch`).

Importing this package imports neither torch nor jax; the oracles load when a
check starts.
"""

import importlib

__all__ = ["CheckOptions", "Diagnosis", "Mismatch", "Report", "check_submission"]
_HOME = {"CheckOptions": "runner", "check_submission": "runner", "Diagnosis": "report", "Mismatch": "report",
         "Report": "report"}


def __getattr__(name: str):
    """The public names, imported on first use: the submission's worker imports this package and needs none."""
    if name in _HOME:
        return getattr(importlib.import_module(f"xval.reports.check.{_HOME[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
