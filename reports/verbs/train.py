"""`xval train`: the notebook's training run, its log lines on stdout, history and plots with --out."""

from __future__ import annotations

import argparse
import csv
import json
import sys

from xval.impl.errors import InputError
from xval.impl.train import History, total_steps, train
from xval.reports import plots
from xval.reports.exit_status import ExitStatus
from xval.reports.progress import Progress
from xval.reports.verbs.args import positive
from xval.reports.verbs.common import (add_model_options, add_spec_options, atomic_directory, check_output_dir,
                                       load_model_and_data, spec_from_args)

HELP = "train the NumPy MLP on the notebook's schedule, printing the notebook's log lines"
EPILOG = """\
Standard output carries exactly the notebook's lines ([Iter N] ..., Epoch k: Loss = ...,
the final results block); notices go to stderr. The training steps do the notebook's
arithmetic in its order, so with the same weights, machine, NumPy, BLAS and thread count
the lines are identical to the notebook's. Evaluations run one chunked forward pass per
dataset instead of the notebook's two.

exit codes: 0 trained, 1 training reached NaN or Inf (stopped there; history so far kept),
2 unusable input

examples:
  xval train --weights weights.npy --epochs 1
  xval train --steps 90 --out runs/quick      # history.json, history.csv, loss.png, accuracy.png
  xval train --hidden sigmoid --output softmax --loss mse --l2 1e-4 --momentum 0.9 --epochs 1
"""


def add_schedule_options(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("schedule (the notebook's defaults)")
    g.add_argument("--epochs", type=int, default=30, help="passes over the training set (default 30)")
    g.add_argument("--steps", type=positive, help="stop after this many SGD steps in total, whatever --epochs")
    g.add_argument("--batch-size", type=positive, default=200, help="samples per step, in file order (default 200)")
    g.add_argument("--lr", type=float, default=0.005, help="SGD learning rate (default 0.005)")
    g.add_argument("--eval-every", type=positive, default=30,
                   help="evaluate on the full train and test sets every N steps, from step 0 (default 30)")


def register(sub) -> None:
    p = sub.add_parser("train", help=HELP, description=HELP + ".", epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--backend", choices=["numpy"], default="numpy", help="training backend (default numpy)")
    add_model_options(p)
    add_spec_options(p)
    add_schedule_options(p)
    p.add_argument("--out", metavar="DIR",
                   help="write history.json, history.csv, loss.png and accuracy.png here (atomically)")
    p.add_argument("--force", action="store_true",
                   help="write into an existing, non-empty --out, replacing those files (others are kept)")
    p.set_defaults(func=run)


def write_history(history: History, config: dict, directory) -> None:
    with open(directory / "history.json", "w") as f:
        json.dump({"config": config, **history.to_dict()}, f, indent=2)
    with open(directory / "history.csv", "w", newline="") as f:
        w = csv.writer(f)
        keys = ("iterations", "train_loss", "test_loss", "train_acc", "test_acc")
        model = config.get("model", {}).get("text", "")
        w.writerow(["iteration", *keys[1:], "model"])
        w.writerows((*row, model) for row in zip(*(getattr(history, k) for k in keys)))
    if not history.iterations:
        return
    if not plots.have_matplotlib():
        print("xval train: matplotlib is not installed, so no PNG plots (pip install 'xval[plots]')", file=sys.stderr)
        return
    for name, fig in plots.learning_curves(history.to_dict()).items():
        plots.save_png(fig, directory / f"{name}.png")


def run(args: argparse.Namespace) -> int:
    if args.epochs < 0:
        raise InputError(f"--epochs: expected 0 or more, found {args.epochs}")
    if args.out:
        check_output_dir(args.out, args.force)
    spec = spec_from_args(args)
    params, data = load_model_and_data(args)
    if not spec.is_notebook:
        print(f"xval train: model: {spec.describe()}", file=sys.stderr)
    n_steps = total_steps(len(data.train_x), args.batch_size, args.epochs, args.steps)
    progress = Progress(n_steps, "training")

    def log(line: str) -> None:
        progress.close()
        print(line, flush=True)

    try:
        history = train(params, data.train_x, data.train_y, data.test_x, data.test_y,
                        epochs=args.epochs, batch_size=args.batch_size, lr=args.lr,
                        eval_every=args.eval_every, max_steps=args.steps, log=log, on_step=progress.update,
                        spec=spec)
    finally:
        progress.close()
    if history.stopped:
        print(f"xval train: {history.stopped}", file=sys.stderr)
    if args.out:
        config = {k: getattr(args, k) for k in ("weights", "epochs", "steps", "batch_size", "lr", "eval_every")}
        config.update(dtype=str(params[0][0].dtype), data=data.source, model=spec.to_json())
        with atomic_directory(args.out, force=args.force) as tmp:
            write_history(history, config, tmp)
        print(f"xval train: wrote history and plots to {args.out}", file=sys.stderr)
    return ExitStatus.of(not history.stopped)
