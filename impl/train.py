"""The notebook's training schedule and log lines, on the NumPy product.

Batches in file order (``range(0, N, batch_size)``, a last partial batch kept,
no shuffling); an evaluation on the full train and test sets whenever the
global step counter (from 0, after that step's update) is a multiple of
``eval_every``; an ``Epoch k: Loss = ...`` line with the epoch's last batch
loss; then the final results block. Params are updated in place. ``spec``
(None: the notebook's model) chooses activations, loss, L2 and optimizer; with
momentum the velocity starts at zero and lives for the whole run.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Callable

import numpy as np

from .conventions import Params
from .mlp import all_finite, evaluate, sgd_step_, zero_velocity
from .spec import ModelSpec, as_spec


@dataclass
class History:
    """What a run measured: one entry per evaluation, per epoch, and the final numbers."""

    iterations: list[int] = field(default_factory=list)
    train_loss: list[float] = field(default_factory=list)
    test_loss: list[float] = field(default_factory=list)
    train_acc: list[float] = field(default_factory=list)
    test_acc: list[float] = field(default_factory=list)
    epoch_loss: list[float] = field(default_factory=list)
    final: dict[str, float] = field(default_factory=dict)
    steps_done: int = 0
    stopped: str | None = None  # why training stopped early (non-finite values), else None

    def to_dict(self) -> dict:
        return asdict(self)


def iter_line(step: int, train_loss: float, test_loss: float, train_acc: float, test_acc: float) -> str:
    return (f"[Iter {step}] Train Loss: {train_loss:.4f} | Test Loss: {test_loss:.4f} | "
            f"Train Acc: {train_acc:.4f} | Test Acc: {test_acc:.4f}")


def final_block(final: dict[str, float]) -> list[str]:
    return [
        "",
        "Final Results:",
        f"Train Loss: {final['train_loss']:.4f} | Train Accuracy: {final['train_acc']:.4f}",
        f"Test  Loss: {final['test_loss']:.4f} | Test  Accuracy: {final['test_acc']:.4f}",
    ]


def total_steps(n_train: int, batch_size: int, epochs: int, max_steps: int | None) -> int:
    steps = epochs * math.ceil(n_train / batch_size)
    return steps if max_steps is None else min(steps, max_steps)


def train(
    params: Params,
    train_x: np.ndarray,
    train_y: np.ndarray,
    test_x: np.ndarray,
    test_y: np.ndarray,
    epochs: int = 30,
    batch_size: int = 200,
    lr: float = 0.005,
    eval_every: int = 30,
    max_steps: int | None = None,
    log: Callable[[str], None] = print,
    on_step: Callable[[int], None] | None = None,
    spec: ModelSpec | str | None = None,
) -> History:
    """Train ``params`` in place on the notebook's schedule; ``log`` gets each printed line.

    ``max_steps`` stops after that many steps in total (an unfinished epoch
    prints no ``Epoch`` line). If a step leaves a non-finite parameter,
    training stops there: ``History.stopped`` says where, and the history so
    far is kept (no final block).
    """
    with np.errstate(over="ignore", invalid="ignore"):  # non-finite values are caught below, with a clear message
        return _train(params, train_x, train_y, test_x, test_y, epochs, batch_size, lr, eval_every, max_steps,
                      log, on_step, as_spec(spec))


def _train(params, train_x, train_y, test_x, test_y, epochs, batch_size, lr, eval_every, max_steps, log, on_step,
           spec):
    history = History()
    velocity = zero_velocity(params) if spec.momentum else None
    extra = {} if spec.is_notebook else {"spec": spec}
    n_train = train_x.shape[0]
    limit = total_steps(n_train, batch_size, epochs, max_steps)
    last_eval_step = None
    step = 0
    for epoch in range(epochs):
        for start in range(0, n_train, batch_size):
            if step >= limit:
                break
            xb, yb = train_x[start:start + batch_size], train_y[start:start + batch_size]
            loss = sgd_step_(params, xb, yb, lr) if spec.is_notebook else sgd_step_(params, xb, yb, lr, spec, velocity)
            if not all_finite(params):
                history.steps_done = step + 1
                history.stopped = (
                    f"training stopped at step {step} (epoch {epoch + 1}): the update left NaN or Inf in the "
                    f"parameters (batch loss before it {loss:.4f}); lower --lr or check the weights"
                )
                return history
            if step % eval_every == 0:
                train_loss, train_acc = evaluate(params, train_x, train_y, **extra)
                test_loss, test_acc = evaluate(params, test_x, test_y, **extra)
                for name, value in (("iterations", step), ("train_loss", train_loss), ("test_loss", test_loss),
                                    ("train_acc", train_acc), ("test_acc", test_acc)):
                    getattr(history, name).append(value)
                last_eval_step = step
                log(iter_line(step, train_loss, test_loss, train_acc, test_acc))
            step += 1
            if on_step is not None:
                on_step(step)
        else:
            history.epoch_loss.append(loss)
            log(f"Epoch {epoch + 1}: Loss = {loss:.4f}")
            continue
        break
    history.steps_done = step
    if last_eval_step is not None and last_eval_step == step - 1:
        # the parameters have not moved since that evaluation: same numbers
        final = (history.train_loss[-1], history.train_acc[-1], history.test_loss[-1], history.test_acc[-1])
    else:
        final = (*evaluate(params, train_x, train_y, **extra), *evaluate(params, test_x, test_y, **extra))
    history.final = dict(zip(("train_loss", "train_acc", "test_loss", "test_acc"), final))
    for line in final_block(history.final):
        log(line)
    return history
