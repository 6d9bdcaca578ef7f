"""`xval check`: debug a hand-written backprop (.py or .ipynb) against the torch and jax oracles."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from xval.impl.errors import InputError
from xval.reports.check.runner import DEFAULT_TIMEOUT
from xval.reports.verbs.common import add_model_options

THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
HELP = "check someone's hand-written forward/backward (.py or .ipynb) against the oracles and say why it is wrong"
EPILOG = """\
What it looks for, in this order (every result starts with "read as: ..." saying what it understood):
  the notebook's functions (below); function pairs read by argument names (column-major
  forward_prop(W1, b1, ..., X) / back_prop(Z1, A1, ..., X, Y), dict params with a cache,
  weight lists, module-level W1 .. bN); class models (forward(self, X) then backward or
  train_step; CS231n's model.loss(X, y)); --explain lists every candidate and why.
The original notebook's API:
  forward(x, weights, biases) -> (zs, activations)
  backward(x, y_true, zs, activations, weights, biases, learning_rate)   updates the lists in place
  or backward(x, y_true, zs, activations, weights, biases) -> (grads_w, grads_b)   (xval updates)
  optional: relu, relu_derivative, softmax, cross_entropy_loss, evaluate (checked too)
  x: (batch, 784) floats; y_true: integer class labels, shape (batch,), not one-hot;
  weights[l]: (fan_in, fan_out); biases[l]: (1, fan_out); lists ordered input to output
Only imports and top-level def/class (and call-free constant assignments) run: data
loading and training cells never do. A missing module the functions do not use (cv2)
is a warning; a missing function is exit 2.

What it checks (float64 by default, whatever the weights file's dtype): on the real first
batch and on a partial batch, batch 1, exact zeros, square layers and saturated logits:
forward outputs, the gradient one backward implies ((before - after) / lr), the update rule
(a second step at 10 x lr), helpers, inputs left unchanged; then --steps re-synced SGD
steps. Expected values come from torch and jax (reference/backends.py), never from the code
under test; tolerances from reference/tolerances.py.

Diagnosis codes (stable): forward-mismatch, input-mutated, raised, stateful, update-rule,
not-updated, scaled-gradient (with factor: 200 = no division by the batch size, 0.005 =
mean instead of sum for a bias, -1 = ascent, 2 = doubled), weight-decay, stale-weights, relu-gate, bias-total-sum,
precision-loss, gradient-mismatch. See reports/check/diagnose.py for the evidence rules.

Several files or a directory: batch mode, each submission in its own process with a time
limit, --jobs at a time, one CSV row each (--csv); a crash or hang never stops the rest.
With --jobs N > 1 each worker gets cores/N BLAS threads (OMP_NUM_THREADS etc., unless set).

exit codes: 0 every check holds, 1 a mismatch (batch: any submission not ok), 2 unusable input

examples:
  xval check my_mlp.py
  xval check homework.ipynb --json
  xval check submissions/ --jobs 2 --csv results.csv
"""


def _positive_float(text: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, found {text!r}") from None
    if not v > 0:
        raise argparse.ArgumentTypeError(f"expected a positive number, found {text}")
    return v


def _count(text: str) -> int:
    try:
        v = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, found {text!r}") from None
    if v < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, found {text}")
    return v


def register(sub) -> None:
    p = sub.add_parser("check", help=HELP, description=HELP + ".", epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="FILE_OR_DIR", help="submission(s): .py, .ipynb, or directories")
    add_model_options(p)
    for action in p._actions:  # the shared option, with this verb's default
        if "--dtype" in action.option_strings:
            action.help = ("compute dtype (default float64, whatever the weights file's: float64 separates a "
                           "1e-8 bug from 1e-12 rounding; float32 still catches gross bugs)")
    g = p.add_argument_group("what to check")
    g.add_argument("--steps", type=_count, default=30, help="re-synced SGD steps in the trace (default 30; 0 skips)")
    g.add_argument("--lr", type=_positive_float, default=0.005, help="learning rate passed to backward (default 0.005)")
    g.add_argument("--oracles", default="torch,jax", metavar="LIST",
                   help="comma-separated oracles, first = primary (default torch,jax; add numpy for impl's as a "
                        "third voice). A missing one is skipped with a warning; none at all is exit 2")
    g.add_argument("--forward", default="forward", metavar="NAME", help="name of the forward function")
    g.add_argument("--backward", metavar="NAME", help="name of the backward function (default: backward, "
                   "else gradients or compute_gradients)")
    g.add_argument("--timeout", type=_positive_float, default=DEFAULT_TIMEOUT, metavar="S",
                   help=f"time limit per submission in seconds (default {DEFAULT_TIMEOUT:g})")
    o = p.add_argument_group("output and batch mode")
    o.add_argument("--json", action="store_true", help="print the result as JSON on stdout")
    o.add_argument("--verbose", "-v", action="store_true", help="list every check, not only the failed ones")
    o.add_argument("--jobs", "-j", type=_count, default=1, help="submissions checked at once in batch mode")
    o.add_argument("--csv", metavar="FILE", help="batch mode: write one row per submission to FILE")
    o.add_argument("--isolate", action="store_true", help="run even a single submission in its own process")
    g.add_argument("--adapter", metavar="FILE", help="a file translating any other interface: it defines "
                   "forward(sub, params, x) -> probs and gradients(sub, params, x, y) -> [(dW, db), ...] or "
                   "step(sub, params, x, y, lr) -> [(W, b), ...]; sub is the submission's namespace (README: Adapters)")
    o.add_argument("--explain", action="store_true", help="list every interface style considered for the file "
                   "and why each fits or not, then stop")
    p.set_defaults(func=run)


def _options(args):
    from xval.reports.check import CheckOptions

    oracles = tuple(o.strip() for o in args.oracles.split(",") if o.strip())
    return CheckOptions(lr=args.lr, steps=args.steps, oracles=oracles, timeout=args.timeout,
                        forward=args.forward, backward=args.backward)


def run(args: argparse.Namespace) -> int:
    from xval.reports.check.batch import discover

    if args.adapter:  # reaches styles.detect (and the batch worker) as the forward name "adapter:PATH"
        if not Path(args.adapter).is_file():
            raise InputError(f"{args.adapter}: adapter file not found; expected a .py defining forward(sub, params, x) "
                             "and gradients(sub, params, x, y) or step(sub, params, x, y, lr)")
        args.forward = f"adapter:{Path(args.adapter).resolve()}"
    from xval.reports.check.inputs import load_inputs

    files = discover(args.paths)
    batch = len(files) > 1 or any(Path(p).is_dir() for p in args.paths) or args.csv or args.isolate
    if not batch:  # an unusable submission fails fast, before any data is read
        from xval.reports.check.adapter import resolve
        from xval.reports.check.loading import load_submission

        try:
            loaded = load_submission(files[0])
            if args.explain:
                from xval.reports.check.styles import explain

                print(explain(loaded, args.forward, args.backward))
            model = resolve(loaded, args.forward, args.backward)
        except InputError as exc:
            if args.json:
                from xval.reports.check.report import Report
                print(json.dumps(Report(file=str(files[0]), status="unusable", error=str(exc)).to_json(), indent=1))
            raise
        if args.explain:
            return 0
    params, x, y, real = load_inputs(args.weights, args.data, args.dtype, args.steps, args.accept_checksum_mismatch)
    if not batch:
        from xval.reports.check import check_submission
        from xval.reports.check.report import Item
        from xval.reports.check.styles import fit_default_params, fixed_depth

        note = ""
        if args.weights and fixed_depth(model) not in (None, len(params)):
            raise InputError(f"{files[0]}: its interface fixes {fixed_depth(model)} layers ({model.interface}); "
                             f"{args.weights} has {len(params)}: pass weights of that depth, or none")
        if not args.weights:
            params, note = fit_default_params(model, params)
        report = check_submission(files[0], params, x, y, real, _options(args))
        if note:
            report.checks.insert(0, Item("weights", "load", False, note, severity="warning"))
        if args.json:
            print(json.dumps(report.to_json(), indent=1))
        else:
            print(report.text(args.verbose))
        if report.status == "unusable":
            print(f"xval check: error: {report.error}", file=sys.stderr)
        return report.exit_code
    return _run_batch(args, files, params, x, y, real)


def _run_batch(args, files, params, x, y, real) -> int:
    from xval.reports.check.batch import run_batch, write_csv
    from xval.reports.check.inputs import save_pool

    worker_args = ["--steps", str(args.steps), "--lr", repr(args.lr), "--oracles", args.oracles,
                   "--forward", args.forward, *(["--backward", args.backward] if args.backward else []),
                   *(["--verbose"] if args.verbose else []), *([] if args.weights else ["--fit-depth"])]
    jobs = max(1, args.jobs)
    env = dict(os.environ)
    threads = ""
    if jobs > 1:  # share the cores instead of oversubscribing them (verdicts use tolerances, not bits)
        n = max(1, (os.cpu_count() or 1) // jobs)
        for var in THREAD_VARS:
            env.setdefault(var, str(n))
        threads = f", {env[THREAD_VARS[0]]} BLAS thread(s) each"
    print(f"xval check: {len(files)} submission(s), {jobs} at a time, each in its own process "
          f"(limit {args.timeout:g} s + startup{threads})", file=sys.stderr)

    def progress(done, total, r):
        print(f"[{done}/{total}] {r.file}: {r.status} ({r.seconds:.1f} s)", file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="xval-check-") as tmp:
        pool = Path(tmp) / "pool.npz"
        save_pool(pool, params, x, y, real)
        results = run_batch(files, pool, worker_args, jobs, args.timeout, progress, env)
    if args.csv:
        write_csv(args.csv, results)
        print(f"xval check: wrote {len(results)} row(s) to {args.csv}", file=sys.stderr)
    if args.json:
        print(json.dumps({"ok": all(r.status == "ok" for r in results), "results": [r.json for r in results]},
                         indent=1))
    else:
        for r in results:
            print(r.text)
        n_ok = sum(r.status == "ok" for r in results)
        print(f"\n{n_ok} of {len(results)} submission(s) pass; " + ", ".join(
            f"{s}: {sum(r.status == s for r in results)}" for s in ("mismatch", "unusable", "timeout", "crashed")
            if any(r.status == s for r in results)))
    return 0 if all(r.status == "ok" for r in results) else 1
