"""``xval check``: debug a hand-written backprop against the torch and jax oracles.

A submission is a .py or .ipynb defining the notebook's functions (see
:mod:`xval.reports.check.adapter` for the API and the gradient-returning variant)
or the backprop code people write in other styles (:mod:`xval.reports.check.styles`:
column-major unpacked functions, dict params, module globals, class models,
CS231n layers), each read as it is and said in the result's ``interface``.
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

from xval.reports.check.report import Diagnosis, Mismatch, Report
from xval.reports.check.runner import CheckOptions, check_submission

__all__ = ["CheckOptions", "Diagnosis", "Mismatch", "Report", "check_submission"]
