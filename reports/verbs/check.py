"""`xval check`: debug a hand-written backprop (.py or .ipynb) against the torch and jax oracles."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from xval.impl.errors import InputError
from xval.reports.check.formats import FORMATS
from xval.reports.check.runner import DEFAULT_STEPS, DEFAULT_TIMEOUT
from xval.reports.exit_status import ExitStatus
from xval.reports.verbs.args import count, positive_float
from xval.reports.verbs.common import add_model_options, add_spec_options

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
batch and on a partial batch, batch 1, signed (centred) inputs, exact zeros, square layers and
saturated logits: forward outputs, the gradient one backward implies ((before - after) / lr),
the update rule (a second step at 10 x lr), helpers, inputs left unchanged; then --steps
re-synced SGD steps. Expected values come from torch and jax (reference/backends.py), never from the code
under test; tolerances from reference/tolerances.py.

The model (every result says "checked as: ..." and where each part came from): the hidden
activation (relu, leaky_relu, sigmoid, tanh, identity for a linear layer; one per hidden layer) and the output
(softmax, sigmoid, identity, tanh, relu, leaky_relu) are read from the file's own forward; the loss from --loss,
else from a loss function the file defines and uses (mse, quadratic_cost, cross_entropy,
binary_cross_entropy, a loss()/cost() whose body says which), else the output's natural
one (softmax: cross-entropy, sigmoid: bce, identity, tanh, relu, leaky_relu: mse). --hidden, --output-activation,
--l2 override the reading. Steps are judged as plain SGD (a momentum step keeps state
between calls: reported as stateful). Without --weights, a model other than the notebook's
(relu, softmax, cross-entropy), or the notebook's model in another interface than its
forward(x, weights, biases) (a file that makes its own small weights), is checked on the
default weights scaled for its units (Xavier for sigmoid/tanh, He otherwise); the saturated
case keeps the unscaled ones as a stress case whose findings are warnings ("on the unscaled
weights only").

Diagnosis codes (stable): uses-autodiff (with --forbid-autodiff), global-sample-count (the batch
size read from a module-level row count), short-batch (a mini-batch loop's gradient divided
by its batch size, not by the rows a short last batch holds), layer-function (a CS231n layer
function wrong on its own), forward-mismatch, input-mutated, raised, stateful, update-rule,
not-updated, overflow (NaN/Inf where the oracle's gradient is finite, or a softmax without its max shift),
scaled-gradient (with factor: 200 = no division by the batch size, 0.005 =
mean instead of sum for a bias, -1 = ascent, 2 = doubled), loss-mismatch (the gradient is
another standard loss's, e.g. MSE without the output derivative), weight-decay (an L2 term
not checked, or with --l2 missing or doubled), stale-weights, relu-gate,
activation-derivative (sigmoid/tanh derivative on z or on f(z), or missing), bias-total-sum,
precision-loss, small-constant (errors below float32 rounding: an eps in the backward),
epsilon-guard (a softmax dividing by its sum plus a constant), gradient-mismatch.
See reports/check/diagnose.py for the evidence rules.

Isolation: the submission is loaded and called only in a worker process, in a bubblewrap
sandbox when available (read-only files, only the submission visible, no network, its own
processes, a scrubbed environment), with limits on memory, CPU, file size and processes.
xval's own process holds the oracles and decides the verdict; the worker only returns
arrays, and neither its output nor its exit status counts. A hang is killed at --timeout.
Graders: run as an unprivileged user with --require-sandbox.

Several files or a directory: batch mode, --jobs warm judge processes (torch, jax and the
data imported once) check one submission at a time each, with a time limit; a crash or hang
never stops the rest. Each result is recorded as it finishes (a --csv row, a line in
PATH.jsonl for -o PATH), so --resume after an interruption skips the files already done.
With --jobs N > 1 each judge gets cores/N BLAS threads (OMP_NUM_THREADS etc., unless set).
--dask ADDRESS sends the same per-file task to a Dask cluster instead (README: Grading).

Grading: --format gradescope writes Gradescope's results.json for one submission (always,
also for a crash, a hang or an unreadable file: score 0 and the reason); --format junit a
JUnit XML (one testsuite per submission, one testcase per check group); --rubric FILE sets
the points (default: reports/check/default_rubric.toml) and adds score columns to --csv.

exit codes: 0 every check holds, 1 a mismatch (batch: any submission not ok), 2 unusable input,
3 xval itself failed on a file (status `error`, a bug in xval: no verdict on that file)

examples:
  xval check my_mlp.py
  xval check homework.ipynb --json
  xval check submissions/ --jobs 2 --csv results.csv
  xval check submission.py --format gradescope -o /autograder/results/results.json
  xval check submissions/ --format junit -o report.xml --rubric rubric.toml --resume
"""


def register(sub) -> None:
    p = sub.add_parser("check", help=HELP, description=HELP + ".", epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="FILE_OR_DIR", help="submission(s): .py, .ipynb, or directories")
    add_model_options(p)
    add_spec_options(p, check=True)
    for action in p._actions:  # the shared option, with this verb's default
        if "--dtype" in action.option_strings:
            action.help = ("compute dtype (default float64, whatever the weights file's: float64 separates a "
                           "1e-8 bug from 1e-12 rounding; float32 still catches gross bugs)")
    g = p.add_argument_group("what to check")
    g.add_argument("--steps", type=count, default=DEFAULT_STEPS,
                   help=f"re-synced SGD steps in the trace (default {DEFAULT_STEPS}; 0 skips; 30 for a closer look)")
    g.add_argument("--lr", type=positive_float, default=0.005, help="learning rate passed to backward (default 0.005)")
    g.add_argument("--oracles", default="torch,jax", metavar="LIST",
                   help="comma-separated oracles, first = primary (default torch,jax; add numpy for impl's as a "
                        "third voice). A missing one is skipped with a warning; none at all is exit 2")
    g.add_argument("--forward", default="forward", metavar="NAME", help="name of the forward function")
    g.add_argument("--backward", metavar="NAME", help="name of the backward function (default: backward, "
                   "else gradients or compute_gradients)")
    g.add_argument("--timeout", type=positive_float, default=DEFAULT_TIMEOUT, metavar="S",
                   help=f"time limit per submission in seconds (default {DEFAULT_TIMEOUT:g})")
    o = p.add_argument_group("output and batch mode")
    o.add_argument("--format", choices=FORMATS, help="output format (default text; --json is --format json)")
    o.add_argument("-o", "--output", metavar="PATH", help="write the output to PATH (atomically) instead of stdout")
    o.add_argument("--rubric", metavar="FILE", help="grading rubric (TOML): points, credit per diagnosis, "
                   "visibility (default: the shipped one; see README)")
    o.add_argument("--json", action="store_true", help="print the result as JSON on stdout")
    o.add_argument("--verbose", "-v", action="store_true", help="list every check, not only the failed ones")
    o.add_argument("--jobs", "-j", type=count, default=1, help="submissions checked at once in batch mode")
    o.add_argument("--csv", metavar="FILE", help="batch mode: write one row per submission to FILE")
    o.add_argument("--isolate", action="store_true", help="run even a single submission through batch mode")
    o.add_argument("--resume", action="store_true", help="batch mode: skip files already in --csv FILE / -o PATH "
                   "from an earlier (interrupted) run")
    o.add_argument("--dask", metavar="ADDRESS", help="batch mode on a Dask distributed cluster, e.g. "
                   "tcp://scheduler:8786 (pip install 'xval[dask]')")
    s = p.add_argument_group("isolation (the submission always runs in a separate worker process)")
    s.add_argument("--sandbox", choices=("auto", "bwrap", "none"), default="auto",
                   help="auto (default): bubblewrap when it works here, else none; bwrap: refuse to run without "
                        "it; none: resource limits and a kill of the process tree only")
    s.add_argument("--require-sandbox", action="store_true",
                   help="exit 2 when no sandbox is available (for graders running other people's files)")
    s.add_argument("--allow-local-imports", action="store_true",
                   help="let a submission import modules from its own folder (off: a classmate's file next to "
                        "it is not importable; with bwrap the folder is not even visible)")
    s.add_argument("--forbid-autodiff", action="store_true",
                   help="fail a submission that imports torch, jax, autograd or the like (default: a warning)")
    s.add_argument("--memory", type=positive_float, default=3.0, metavar="GIB",
                   help="address-space limit of the submission's process in GiB (default 3)")
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
                        forward=args.forward, backward=args.backward, policy=policy_of(args),
                        fit_depth=not args.weights, **model_of(args))


def model_of(args) -> dict:
    """CheckOptions' model overrides from --hidden, --output-activation, --loss, --l2 (validated here: exit 2
    before any file is checked); what is not given is read from each file."""
    from xval.impl.spec import ModelSpec

    hidden = ModelSpec(hidden=args.hidden).hidden if args.hidden else None
    return {"hidden": hidden, "output": args.output_activation, "loss": args.loss,
            "l2": ModelSpec(l2=args.l2).l2 if args.l2 else 0.0}


def model_args(args) -> list[str]:
    """The model overrides of ``args`` as command-line words (for batch mode's judges)."""
    words = []
    for flag, value in (("--hidden", args.hidden), ("--output-activation", args.output_activation),
                        ("--loss", args.loss), ("--l2", args.l2)):
        words += [flag, str(value)] if value else []
    return words


def policy_of(args):
    """The isolation options of ``args`` (the CLI's, or batch mode's judge's)."""
    from xval.reports.check.remote import CheckPolicy
    from xval.reports.check.sandbox import Limits

    return CheckPolicy(sandbox=args.sandbox, require_sandbox=args.require_sandbox,
                       local_imports=args.allow_local_imports, forbid_autodiff=args.forbid_autodiff,
                       limits=Limits(memory=int(args.memory * (1 << 30))))


def isolation_args(args) -> list[str]:
    """The isolation options of ``args`` as command-line words (for batch mode's judges)."""
    return ["--sandbox", args.sandbox, "--memory", repr(args.memory),
            *(["--require-sandbox"] if args.require_sandbox else []),
            *(["--allow-local-imports"] if args.allow_local_imports else []),
            *(["--forbid-autodiff"] if args.forbid_autodiff else [])]


def run(args: argparse.Namespace) -> int:
    from xval.reports.check.batch import discover

    if args.adapter:  # reaches styles.detect (and the batch worker) as the forward name "adapter:PATH"
        if not Path(args.adapter).is_file():
            raise InputError(f"{args.adapter}: adapter file not found; expected a .py defining forward(sub, params, x) "
                             "and gradients(sub, params, x, y) or step(sub, params, x, y, lr)")
        args.forward = f"adapter:{Path(args.adapter).resolve()}"
    from xval.reports.check.inputs import load_inputs
    from xval.reports.check.outputs import Outputs, write_stdout
    from xval.reports.check.rubric import load_rubric

    fmt = _format(args)
    files = discover(args.paths)
    model_of(args)  # a malformed --hidden or --l2: exit 2 before any work
    many = len(files) > 1 or any(Path(p).is_dir() for p in args.paths)
    if fmt == "gradescope" and many:
        raise InputError("--format gradescope is one submission's results.json: give one file (for a folder use "
                         "--format junit, --format json or --csv)")
    rubric = load_rubric(args.rubric) if args.rubric or fmt in ("gradescope", "junit") else None
    # the submission runs in its worker whatever the mode: batch mode is for many files (or asked for)
    isolated = many or args.csv or args.isolate or args.dask
    from xval.reports.check.sandbox import resolve_mode

    try:
        resolve_mode(args.sandbox, args.require_sandbox)  # a sandbox asked for but missing: exit 2 before any work
    except InputError as exc:
        if fmt == "gradescope":
            write_stdout(Outputs(fmt, args.output, None, rubric, 3).single(
                _unusable(files[0], f"the autograder could not start: {exc}")))
        raise
    if args.explain:  # detection runs in the submission's worker, like everything that touches the file
        from xval.reports.check.remote import explain

        fits = []
        for f in files:
            text, fit = explain(f, args.forward, args.backward, policy_of(args), args.timeout)
            print(text)
            fits.append(fit)
        return ExitStatus.OK if all(fits) else ExitStatus.UNUSABLE
    try:
        params, x, y, real = load_inputs(args.weights, args.data, args.dtype, args.steps,
                                         args.accept_checksum_mismatch)
    except InputError as exc:
        if fmt == "gradescope":  # Gradescope shows nothing without a results.json: give the reason there
            write_stdout(Outputs(fmt, args.output, None, rubric, 3).single(
                _unusable(files[0], f"the autograder could not start: {exc}")))
        raise
    out = Outputs(fmt, args.output, args.csv, rubric, len(params), args.verbose)
    if not isolated:
        from xval.reports.check import check_submission
        from xval.reports.check.formats import result_of

        try:
            report = check_submission(files[0], params, x, y, real, _options(args))
        except Exception as exc:  # xval's own bug: a row saying so (exit 3), never the file's mismatch (exit 1)
            from xval.reports.check.__main__ import xval_failed

            report = xval_failed(str(files[0]), exc)
        write_stdout(out.single(result_of(report, args.verbose)))
        if report.status == "unusable":
            _say_unusable(fmt if not args.output else "file", report.error)
        return report.exit_code
    results = _run_batch(args, files, params, x, y, real, out, many)
    if not many:
        write_stdout(out.single(results[0]))
        if results[0].status == "unusable":
            _say_unusable(fmt if not args.output else "file", results[0].csv.get("message", ""))
        return results[0].exit_code
    if any(r.status == "error" for r in results):  # some files have no verdict: xval failed on them
        return ExitStatus.ERROR
    return ExitStatus.of(all(r.status == "ok" for r in results))


def _format(args) -> str:
    if args.json and args.format not in (None, "json"):
        raise InputError(f"--json and --format {args.format} ask for two formats: give one")
    return "json" if args.json else args.format or "text"


def _say_unusable(fmt: str, message: str) -> None:
    """Why the file could not be checked, on stderr: whole when stdout carries a machine format, its first line
    when the text report on stdout already gave the whole of it."""
    if fmt == "text":
        message = message.splitlines()[0] if message else message
    print(f"xval check: error: {message}", file=sys.stderr)


def _unusable(file, message: str):
    from xval.reports.check.formats import result_of
    from xval.reports.check.report import Report

    return result_of(Report(file=str(file), status="unusable", error=message))


def _run_batch(args, files, params, x, y, real, out, many: bool):
    from xval.reports.check.batch import run_batch
    from xval.reports.check.inputs import save_pool
    from xval.reports.check.outputs import write_stdout
    from xval.reports.check.warm import WarmPool
    from xval.reports.progress import Progress

    worker_args = ["--steps", str(args.steps), "--lr", repr(args.lr), "--oracles", args.oracles,
                   "--forward", args.forward, *(["--backward", args.backward] if args.backward else []),
                   *(["--verbose"] if args.verbose else []), *isolation_args(args), *model_args(args),
                   *([] if args.weights else ["--fit-depth"])]
    jobs = max(1, args.jobs)
    env = dict(os.environ)
    threads = ""
    if jobs > 1:  # share the cores instead of oversubscribing them (verdicts use tolerances, not bits)
        n = max(1, (os.cpu_count() or 1) // jobs)
        for var in THREAD_VARS:
            env.setdefault(var, str(n))
        threads = f", {env[THREAD_VARS[0]]} BLAS thread(s) each"
    previous = out.previous(args.resume) if many else {}
    todo = [f for f in files if str(f) not in previous]
    where = f"on the Dask cluster at {args.dask}" if args.dask else f"{jobs} at a time in warm judge processes"
    print(f"xval check: {len(todo)} submission(s){f' ({len(files) - len(todo)} done before, kept)' if previous else ''}"
          f", {where} (limit {args.timeout:g} s each{threads})", file=sys.stderr)
    bar = Progress(len(todo), "xval check")
    if many:
        out.start([previous[str(f)] for f in files if str(f) in previous])

    def progress(done, total, r):
        if many:
            out.add(r)
        if bar.enabled:
            bar.update(done)
        else:
            print(f"[{done}/{total}] {r.file}: {r.status} ({r.seconds:.1f} s)", file=sys.stderr)

    new = []
    if todo:
        with tempfile.TemporaryDirectory(prefix="xval-check-") as tmp:
            pool = Path(tmp) / "pool.npz"
            save_pool(pool, params, x, y, real)
            if args.dask:
                from xval.reports.check.cluster import run_dask
                new = run_dask(args.dask, todo, pool, worker_args, args.timeout, progress)
            else:
                with WarmPool(pool, worker_args, min(jobs, len(todo)), args.timeout, env) as judges:
                    new = run_batch(todo, pool, worker_args, jobs, args.timeout, progress, env, check=judges.check)
        bar.close()
    by_file = {**{r.file: r for r in new}, **previous}
    results = [by_file[str(f)] for f in files]
    if many:
        write_stdout(out.finish(results))
    if args.csv:
        print(f"xval check: wrote {len(results)} row(s) to {args.csv}", file=sys.stderr)
    return results
