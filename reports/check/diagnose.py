"""Name why a gradient is wrong: stable codes, each with its evidence rule, an explanation and a hint.

Codes (stable; scripts may rely on them), in the order they are reported:

forward-mismatch  A forward output (z_l, a_l, probs, the loss or accuracy helpers) differs
                  from the oracle's on some case. Reported before any gradient verdict;
                  gradients are then also judged with the oracle's forward values fed to
                  backward, so a backward bug is still found and a forward bug alone
                  does not read as a gradient bug.
input-mutated     forward or backward changed x or y_true (the notebook passes views of the
                  training set: the data itself changes), or forward changed the weights.
raised            a function raised, returned the wrong structure, or ran out of time.
stateful          the same call twice, from the same state, gives two different steps: the
                  step depends on state kept between calls (a global, momentum, a cache).
update-rule       the parameter change is not -lr x gradient: the gradient implied by one
                  step at lr and at 10 lr differs (lr applied twice, or ignored).
not-updated       the parameter is bit-for-bit unchanged by backward while the oracle's
                  gradient is not zero (update to a local name, or a forgotten bias).
overflow          the gradient holds NaN or Inf where the oracle's is finite, or it matches
                  a softmax without its max shift (hypothesis unshifted-softmax: the rows
                  whose logits overflow np.exp get probabilities 0).
scaled-gradient   one constant c fits: the submission's gradient equals c x the oracle's
                  within tolerance, c != 1. ``factor`` = c, read as: the batch size (no
                  division by it), 1/batch size (a mean where a sum belongs, e.g. a
                  bias), -1 (ascent), 2 (doubled), batch/N (divided by a fixed N).
loss-mismatch     the gradient is, within the pass tolerance, the oracle's gradient of
                  another standard loss of the same output (softmax: cross-entropy or
                  MSE; sigmoid: BCE or MSE): e.g. softmax + MSE's where the loss is
                  cross-entropy, or (a - one-hot) / B, MSE's delta without the output
                  activation's derivative, where the loss is MSE. When only the output
                  layer's is, the hidden layers' holding, it says the layers follow two
                  losses (the raw error sent down, the output weights' delta carrying the
                  output's derivative). Also (key loss-mismatch:outside,
                  found by Checks.loss_outside) a gradient that passed as softmax + cross-entropy's
                  in a file whose own loss is binary cross-entropy over its softmax outputs.
weight-decay      the gradient minus the oracle's is lambda x the parameter itself (before
                  the step) within tolerance: an L2 penalty the loss does not have, or
                  with --l2, the L2 term missing (lambda = -l2) or doubled (lambda = l2);
                  or, with an L2 checked, the term taken of the gradient (+ l2 x dW).
stale-weights     the gradient matches backprop through already-updated weights.
relu-gate         the gradient matches a wrong ReLU (or leaky ReLU) derivative: none,
                  ReLU'(0) = 1 or 0.5, the gate of another layer, leaky ReLU's without
                  its slope (see :mod:`xval.reports.check.hypotheses`).
activation-derivative  the gradient matches a wrong sigmoid or tanh derivative: computed
                  on the pre-activation (z * (1 - z), 1 - z**2), applied to the
                  activation (f'(f(z))), or missing.
epsilon-guard     the forward's probabilities are the softmax's with each row scaled by one
                  factor just under 1 (``exp(z) / (sum + eps)``), or the sigmoid's with one
                  constant added to its denominator (``1 / (1 + exp(-z) + eps)``): the guard
                  moves the output and every gradient by up to ~1e-6 relative, beyond a
                  float64 check's rounding.
precision-loss    a float64 check whose errors are at float32 rounding level: within 30 x of
                  the float32 oracle's own error for that tensor either way (and at least
                  float32 eps / 30, 4e-9, 40x the float64 tolerance), in the worst element
                  and in the median one, with every exactly-zero oracle element still
                  exactly 0.
small-constant    a float64 check whose errors stay below float32 rounding (under float32 eps /
                  30, 4e-9, in every element, or 30 x below the float32 oracle's own error
                  for that tensor): beyond the float64 tolerance, yet far below any wrong
                  formula's; a small constant in the backward (an eps added in a division
                  or a log, a clip) or in the softmax it uses moves those elements.
gradient-mismatch anything else, localized: which tensors differ and the layer where the
                  error enters (the deepest differing layer in backprop order).

Per differing gradient tensor the rules of GRADIENT_RULES are tried in this
order, one small function each, and the first that fits names it: overflow, scaled-gradient,
loss-mismatch, weight-decay, not-updated (a tensor exactly unchanged: a fact, before any hypothesis that
predicts it near 0), the hypotheses (stale-weights, relu-gate, ...; one that predicts every
tensor it changes wins over a partial fit), bias-total-sum, precision-loss,
small-constant, gradient-mismatch. A factor within 1e-6 of 1 is rounding, never a scale. The codes
found by the checks themselves (forward-mismatch, input-mutated, raised, stateful,
update-rule: :func:`diagnose_update_rule`, on batch0, by extra calls) are built by the
functions after the table; the helpers' verdicts and the time limit are the exceptions,
named where they are checked (checks.py, runner.py).

"Within tolerance" is :func:`xval.reports.check.judge.judge` (tolerances.py per dtype and
model family: the check's ModelSpec, ``GradientEvent.spec``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Callable

import numpy as np

from xval.impl.conventions import Params
from xval.impl.spec import LOSS_NAMES, NOTEBOOK, PAIRS, ModelSpec
from xval.reference.tolerances import tolerance
from xval.reports.check.hypotheses import CODE, EXPLAIN, HINT
from xval.reference.compare import fit_factor, max_rel_error, median_rel_error
from xval.reports.check.judge import Verdict, judge, negligible
from xval.reports.check.oracle import Forward, softmax_from_logits
from xval.reports.check.report import Diagnosis


def names(n_layers: int) -> list[str]:
    """Tensor names in backprop order: the output layer first (w3, b3, w2, b2, w1, b1)."""
    return [f"{k}{i}" for i in range(n_layers, 0, -1) for k in "wb"]


def tensors(params: Params) -> dict[str, np.ndarray]:
    return {f"{k}{i}": t for i, pair in enumerate(params, start=1) for k, t in zip("wb", pair)}


@dataclass
class GradientEvent:
    """A gradient that differs from the oracle's on one case at one step, and what is needed to explain it."""

    case: str
    step: int
    dtype: np.dtype
    lr: float  # the rate whose rounding an implied gradient carries (Checks.rounding_rate: the file's own, if less)
    batch_size: int
    user: Params
    expected: Params
    before: Params
    after: Params | None  # None in "gradients" mode (nothing implied)
    verdicts: dict[str, Verdict]
    hypotheses: Callable[[], dict[str, Params]] = dict  # asked only when a cheaper explanation fails
    float32: Callable[[], Params | None] = lambda: None
    mutated: list[str] = field(default_factory=list)
    spec: ModelSpec = NOTEBOOK  # the model checked
    oracle_grads: Callable[[ModelSpec], Params] | None = None  # the oracle's gradient for another spec
    outputs_averaged: int | None = None  # K when the file's loss averages over the K outputs too (its own MSE)

    def judge(self, name: str, got, expected) -> Verdict:
        if self.after is None:
            return judge(name, got, expected, self.dtype, spec=self.spec)
        return judge(name, got, expected, self.dtype, tensors(self.before)[name], tensors(self.after)[name], self.lr,
                     spec=self.spec)

    @property
    def bad(self) -> list[str]:
        return [n for n in names(len(self.expected)) if not self.verdicts[n].ok]

    @cached_property
    def tensors(self) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
        """(the submission's, the oracle's) gradient tensors by name."""
        return tensors(self.user), tensors(self.expected)

    @property
    def where(self) -> str:
        return f"{self.case}{f', step {self.step}' if self.step else ''}"


def _close(a: float, b: float, rtol: float) -> bool:
    return abs(a - b) <= rtol * max(abs(a), abs(b))


def read_factor(c: float, batch: int, outputs_averaged: int | None = None,
                spec: ModelSpec = NOTEBOOK) -> tuple[str, str, str]:
    """(key, explanation, hint) for a fitted factor c on a batch of ``batch`` samples (``outputs_averaged``: the
    number of outputs, when the file's own loss averages over them too)."""
    r = 1e-6
    if outputs_averaged and outputs_averaged > 1 and _close(c, float(outputs_averaged), r):
        return ("outputs", f"the gradient is {c:.6g} x the oracle's = the number of outputs: the file's loss is a mean "
                "over every element (outputs too), its gradient is not divided by the number of outputs",
                "divide the output delta by the number of outputs as well, or average the loss over the batch only")
    if outputs_averaged and outputs_averaged > 2 and _close(c, outputs_averaged / 2.0, r):
        return ("outputs-half", f"the gradient is {c:.6g} x the oracle's = half the number of outputs: the file's loss "
                "is a mean of the squared errors over every element (outputs too, no 1/2), its gradient is (a - y) "
                "over the batch size: half of a summed squared error's, averaged over the batch only",
                "for the loss as written, use 2 (a - y) / (batch size x number of outputs); or write the loss as "
                "0.5 * sum over the outputs, mean over the batch")
    if outputs_averaged and outputs_averaged > 1 and batch > 1 and _close(c, outputs_averaged * batch / 2.0, r):
        return ("outputs-and-half-batch", f"the gradient is {c:.6g} x the oracle's = the number of outputs x half the "
                "batch size: the file's loss is a mean of the squared errors over every element (no 1/2), its "
                "gradient a summed squared error's with the 1/2 ((a - y), divided by neither count)",
                "for the loss as written, use 2 (a - y) / (batch size x number of outputs) at the output (or write "
                "the loss as 0.5 * the sum it differentiates)")
    if outputs_averaged and outputs_averaged > 1 and batch > 1 and _close(c, float(outputs_averaged * batch), r):
        return ("outputs-and-batch", f"the gradient is {c:.6g} x the oracle's = the number of outputs x the batch "
                "size: the file's loss is a mean over every element (outputs too), its gradient is divided by "
                "neither", "divide the output delta by the number of elements the loss averages over (the batch "
                "size x the number of outputs), or average the loss over the batch only")
    if batch > 1 and _close(c, batch, r):
        return ("batch-size", f"the gradient is {c:.6g} x the oracle's = the batch size: it is not divided by "
                "the batch size", "divide the output delta by x.shape[0] (the batch size)")
    if batch > 1 and _close(c, -float(batch), r):
        return ("ascent-summed", f"the gradient is {c:.6g} x the oracle's = minus the batch size: the summed "
                "log-likelihood's gradient (one-hot - softmax, not divided by the batch size), for gradient ascent",
                "for the mean loss, use (softmax - one-hot) / x.shape[0] and W -= learning_rate * dW")
    if batch > 1 and _close(c, 2.0 * batch, r):
        return ("twice-batch-size", f"the gradient is {c:.6g} x the oracle's = 2 x the batch size: a summed squared "
                "error without the 1/2 (2 (a - y), not divided by the batch size)",
                "for the mean squared error, divide the output delta by x.shape[0] (and drop the 2 with a 1/2 loss)")
    if batch > 2 and _close(c, batch / 2.0, r):
        return ("half-batch-size", f"the gradient is {c:.6g} x the oracle's = half the batch size: a summed squared "
                "error's with its 1/2 ((a - y) times the output's slope, not divided by the batch size), where the "
                "loss checked is a mean squared error without the 1/2",
                "for the mean squared error as the file writes it, use 2 (a - y) / x.shape[0] at the output (or "
                "write the loss as 0.5 * the sum it differentiates)")
    if batch > 1 and _close(c, 1.0 / batch, r):
        return ("inverse-batch-size", f"the gradient is {c:.6g} x the oracle's = 1/batch size: divided by the "
                "batch size twice, or a mean where a sum belongs (a bias gradient sums delta over the batch)",
                "use np.sum(delta, axis=0, keepdims=True) for the bias, and divide by the batch size once")
    if batch > 1 and (base := next((b for b in (10, 2) if _close(c, math.log(b) / batch, r)), None)):
        return (f"log{base}-sum", f"the gradient is {c:.6g} x the oracle's = ln {base} / the batch size: the batch "
                f"mean of the natural-log cross-entropy's gradient, where the loss checked sums -log{base} over the "
                "batch", f"differentiate the loss as written (for a sum of -np.log{base}(p), (p - one-hot) / ln "
                f"{base}, not divided by the batch size), or write the loss as the batch mean of -np.log(p)")
    if batch > 1 and (k := next((k for k in (2, 3, 4) if _close(c, float(batch) ** -k, r)), None)):
        return (f"inverse-batch-size-{k}", f"the gradient is {c:.6g} x the oracle's = 1/batch size^{k}: divided by "
                f"the batch size {k + 1} times (a delta divided again at each layer it is passed back through?)",
                "divide by the batch size once, at the output delta, and not again as the delta goes back")
    for simple, what in ((-1.0, "the sign is flipped: gradient ascent (the update adds the gradient, or delta "
                                "is one-hot minus softmax)"),
                         (2.0, "doubled (a factor 2, e.g. from a squared-error derivative, or the update "
                               "applied twice)"),
                         (0.5, "halved"), (-2.0, "doubled with the sign flipped"),
                         (math.log(10), "ln 10: the loss takes np.log10 where its gradient is the natural log's"),
                         (1 / math.log(10), "1/ln 10: the gradient of a loss in base 10 where the loss is the "
                                            "natural log's"),
                         (math.log(2), "ln 2: the loss takes np.log2 where its gradient is the natural log's")):
        if _close(c, simple, r):
            return (f"constant:{simple:g}", f"the gradient is {c:g} x the oracle's: {what}",
                    f"compare your output delta with the gradient of the loss checked (see `checked as`; xval's "
                    f"own {LOSS_NAMES[spec.loss]} gives {DELTA[(spec.output, spec.loss)]}), and the update with "
                    "W -= learning_rate * dW")
    n = batch / c if c else 0.0
    if c > 0 and n > 1.5 and abs(n - round(n)) < 1e-6 * n and round(n) != batch:
        n = int(round(n))
        return (f"fixed-divisor:{n}", f"the gradient is {c:.6g} x the oracle's = {batch}/{n}: divided by a fixed "
                f"{n} instead of this batch's size {batch}", "divide by x.shape[0], not a constant: the last "
                "batch of an epoch can be partial")
    return (f"constant:{c:.6g}", f"the gradient is {c:.6g} x the oracle's", "look for a stray constant factor "
            "in the delta, the bias gradient or the update")


def _scaled_gradient(ev: GradientEvent, left: list[str]) -> list[Diagnosis]:
    """scaled-gradient: one constant c != 1 (beyond rounding) fits got ~ c x expected within tolerance. A c within
    rounding of 0 is a tensor that is 0 up to rounding (a sum that cancels, e.g. a softmax delta summed over the
    whole layer), not a scale: another rule names it."""
    user, exp = ev.tensors
    groups: dict[str, list] = {}
    if ev.batch_size == 1 and np.size(exp[f"b{len(ev.expected)}"]) == 1:
        # one sample, one output unit: every gradient is one number times fixed vectors, any loss's too; a factor
        # that fits says only that, which the batches of several samples then explain
        cs = [fit_factor(user[n], exp[n]) for n in left]
        ok = [n for n, c in zip(left, cs) if c is not None and c > 0 and ev.judge(n, user[n], c * exp[n]).ok]
        if len(ok) == len(left) and left and len({round(c, 9) for c in cs}) == 1 and abs(cs[0] - 1.0) > tolerance(
                ev.dtype, "factor-is-rounding"):
            return [Diagnosis("scaled-gradient", list(left), f"on one sample with one output unit the gradient is "
                              f"{cs[0]:.6g} x the oracle's (with one of each, any two losses' gradients differ by "
                              "one factor: the checks of several samples say which)", f"one factor {cs[0]:.6g} fits "
                              f"{', '.join(left)} ({ev.where})", "see the scaled-gradient found on the batches",
                              factor=cs[0], key="scaled:one-sample")]
        return []
    for n in left:
        c = fit_factor(user[n], exp[n])
        rounding = tolerance(ev.dtype, "factor-is-rounding")
        if c is None or abs(c - 1.0) <= rounding or abs(c) <= rounding or not ev.judge(n, user[n], c * exp[n]).ok:
            continue
        key, explanation, hint = read_factor(c, ev.batch_size, ev.outputs_averaged, ev.spec)
        groups.setdefault(key, [c, explanation, hint, []])[3].append(n)
    out = []
    for key, (c, explanation, hint, ps) in groups.items():
        if sum(np.size(user[n]) for n in ps) < 2:
            continue  # one number is some multiple of any other: no evidence of a scale (a lone output's bias)
        if key == "inverse-batch-size" and all(n.startswith("w") for n in ps):
            hint = ("divide by the batch size once: the output delta (softmax - one-hot) / B already carries it, "
                    "so a.T @ delta needs no second division")
        elif key == "inverse-batch-size" and all(n.startswith("b") for n in ps):
            hint = "sum delta over the batch for the bias: np.sum(delta, axis=0, keepdims=True), not a mean"
        out.append(Diagnosis("scaled-gradient", ps, explanation, f"one factor {c:.6g} fits {', '.join(ps)} within "
                             f"tolerance on a batch of {ev.batch_size} ({ev.where})", hint, factor=c,
                             key=f"scaled:{key}"))
    return out


def _loss_mismatch(ev: GradientEvent, left: list[str]) -> list[Diagnosis]:
    """loss-mismatch: got is, within the pass tolerance, the oracle's gradient of another standard loss of the same
    output (the same hidden units and L2): e.g. softmax + MSE where the loss is cross-entropy."""
    if ev.oracle_grads is None:
        return []
    user, out = ev.tensors[0], []
    one_unit = np.size(ev.expected[-1][1]) == 1  # one output unit: a softmax of it is 1, cross-entropy undefined
    for loss in sorted(lo for o, lo in PAIRS if o == ev.spec.output and lo != ev.spec.loss
                       and not (one_unit and lo == "cross_entropy")):
        if not left:
            break
        alt = replace(ev.spec, loss=loss)
        other = tensors(ev.oracle_grads(alt))
        ps = [n for n in left if np.any(user[n]) and ev.judge(n, user[n], other[n]).ok]
        scale = ""
        if not ps:  # that loss summed over the batch, or without its 1/2: one factor fits every tensor left
            ps, scale = _scaled_other(ev, user, other, left)
        out_w = f"w{len(ev.expected)}"  # another loss changes the output delta, so the output weight's gradient
        if not ps or out_w not in ps and (scale or not ev.judge(out_w, user[out_w], other[out_w]).ok):
            continue  # (a hidden layer's delta missing the output's derivative looks like it, the output agreeing)
        checked, found = LOSS_NAMES[ev.spec.loss], LOSS_NAMES[loss]
        what = (f"the gradient is {ev.spec.output} + {found}'s{scale}, not {ev.spec.output} + {checked}'s (the loss "
                "checked)")
        if ev.spec.loss == "mse":
            what += (f": delta = (a - one-hot) / B without the output activation's derivative (MSE through a "
                     f"{ev.spec.output} needs {OUTPUT_FACTOR.get(ev.spec.output, 'its Jacobian')})")
        elif loss == "mse":
            what += ": delta carries the output activation's derivative of a squared error"
        hint = (f"if the loss is {checked}, use its output delta {DELTA[(ev.spec.output, ev.spec.loss)]}; if it is "
                f"{found}, check with --loss {loss}")
        L = len(ev.expected)
        if set(ps) <= {f"w{L}", f"b{L}"} and all(n in (f"w{L}", f"b{L}") for n in ev.bad) and L > 1:
            # the hidden layers held under the loss checked: the error sent down is not the output weights' delta
            what += (f", while the hidden layers' gradients are {checked}'s (they match): the error passed down to "
                     "them lacks the output activation's derivative that the output weights' own delta carries, so "
                     "the layers follow two different losses")
            hint = (f"pass down the very delta the output weights use (the hidden error is that delta through W{L} "
                    f"transposed): for {found}, "
                    f"the error times the output's derivative in both places; for {checked}, "
                    f"{DELTA[(ev.spec.output, ev.spec.loss)]} in both")
        out.append(Diagnosis("loss-mismatch", ps, what, f"{', '.join(ps)} match the oracle's {found} gradient within "
                             f"tolerance ({ev.where})", hint, key=f"loss-mismatch:{loss}"))
        left = [n for n in left if n not in ps]
    return out


def _scaled_other(ev: GradientEvent, user: dict, other: dict, left: list[str]) -> tuple[list[str], str]:
    """(tensors, how) when one factor read as a convention (the batch size: summed; 2: no 1/2; both) makes every
    tensor left another loss's gradient; ([], "") otherwise."""
    left = [n for n in left if np.any(user[n])]  # (a tensor left exactly 0 is not-updated's, whatever the loss)
    if not left:
        return [], ""
    c = fit_factor(np.concatenate([np.ravel(user[n]) for n in left]), np.concatenate([np.ravel(other[n]) for n in left]))
    if not c:
        return [], ""
    key = read_factor(c, ev.batch_size, ev.outputs_averaged)[0]
    how = {"batch-size": "summed over the batch", "twice-batch-size": "summed over the batch, without the 1/2",
           "constant:2": "without the 1/2", "constant:-1": "with its sign flipped (the descent direction, "
           "-gradient: `W += lr * dW`)", "ascent-summed": "summed over the batch, with its sign flipped (the "
           "descent direction, -gradient: `W += lr * dW`)"}.get(key)
    if how is None or not all(np.any(user[n]) and ev.judge(n, user[n], c * other[n]).ok for n in left):
        return [], ""
    return list(left), f" {how} (x {c:.6g})"


DELTA = {("softmax", "cross_entropy"): "(softmax(z) - one-hot) / B", ("sigmoid", "bce"): "(sigmoid(z) - one-hot) / B",
         ("softmax", "mse"): "a * (g - sum(g * a, axis=1)) with g = (a - one-hot) / B",
         ("sigmoid", "mse"): "(a - one-hot) / B * a * (1 - a)", ("identity", "mse"): "(z - one-hot) / B",
         ("tanh", "mse"): "(a - one-hot) / B * (1 - a**2)", ("relu", "mse"): "(a - one-hot) / B * (z > 0)",
         ("leaky_relu", "mse"): "(a - one-hot) / B * where(z > 0, 1, slope)"}

OUTPUT_FACTOR = {"sigmoid": "* a * (1 - a)", "tanh": "* (1 - a**2)", "relu": "* (z > 0)",
                 "leaky_relu": "* where(z > 0, 1, slope)"}
"""The factor MSE's (a - one-hot) / B takes through an elementwise output function."""


def _weight_decay(ev: GradientEvent, left: list[str]) -> list[Diagnosis]:
    """weight-decay: got - expected = lambda x the tensor's own values before the step, within tolerance (an L2
    term the checked loss does not have; with --l2: the term missing, lambda = -l2, or doubled, lambda = l2)."""
    (user, exp), before, decay = ev.tensors, tensors(ev.before), {}
    l2 = ev.spec.l2
    of_grad = [n for n in left if l2 and np.size(before[n]) >= 2
               and ev.judge(n, user[n], (1.0 + l2) * (exp[n] - l2 * before[n])).ok]
    if of_grad and len(of_grad) == len([n for n in left if n.startswith("w")]):
        return [Diagnosis("weight-decay", of_grad, f"the L2 term is taken of the gradient: {l2:g} x dW added where "
                          f"the loss's L2 {l2:g} gives {l2:g} x W", f"gradient = (1 + {l2:g}) x (oracle - {l2:g} x "
                          f"{', '.join(of_grad)} before the step), within tolerance ({ev.where})",
                          f"add {l2:g} * W (the weights), not {l2:g} * dW, to each weight gradient",
                          key="weight-decay")]
    for n in left:
        if np.size(before[n]) < 2 or _below_float32(ev, user[n], exp[n]):
            continue  # one number is some multiple of any other; a residual below float32 rounding fits any
            # lambda as small (small-constant): no evidence of a decay either way
        lam = fit_factor(user[n] - exp[n], before[n])
        if lam is None or lam == 0.0 or not ev.judge(n, user[n], exp[n] + lam * before[n]).ok:
            continue
        decay[n] = lam
    if not decay or not _close(min(decay.values()), max(decay.values()), 1e-3):
        return []  # an L2 term has one coefficient; lambdas that disagree fit by chance
    ps, lams = list(decay), sorted(decay.values())
    lam_text = f"{lams[0]:.3g}"
    evidence = f"gradient - oracle = lambda x {', '.join(ps)} before the step, lambda {lam_text}, within tolerance " \
               f"({ev.where})"
    loss = LOSS_NAMES[ev.spec.loss]
    biases_too = ev.spec.l2_biases  # the loss's L2 squares the biases too (a course template's penalty)
    if all(n.startswith("b") for n in ps) and biases_too and all(_close(lam, -l2, 1e-6) for lam in lams):
        what = (f"the L2 term is missing from the bias gradients: the loss's L2 {l2:g} squares the biases too, "
                f"which gives them + {l2:g} x b")
        hint = ("add the penalty's derivative to each bias gradient as to each weight's: l2 * b for 0.5 * l2 * "
                "sum(b**2), 2 * reg * b for reg * sum(b**2)")
        return [Diagnosis("weight-decay", ps, what, evidence, hint, key="weight-decay")]
    if all(n.startswith("b") for n in ps) and not biases_too:  # + reg * b: a penalty the loss's L2 does not have
        what = (f"the bias gradients carry {lam_text} x the biases themselves: an L2 term on the biases, which the "
                f"loss checked ({'L2 ' + format(l2, 'g') + ' on the weights only' if l2 else 'mean ' + loss}) "
                "does not have")
        hint = "drop the + lambda * b term from the bias gradients: the L2 penalty sums the squared weights only"
        return [Diagnosis("weight-decay", ps, what, evidence, hint, key="weight-decay")]
    if not l2:
        what = (f"the gradient carries {lam_text} x the weights themselves: an L2 penalty (weight decay) that the "
                f"loss, mean {loss}, does not have")
        hint = "drop the + lambda * W term from the gradient (the notebook's SGD has no weight decay), or pass --l2"
    elif all(_close(lam, -l2, 1e-6) for lam in lams):
        what = f"the L2 term is missing: the gradient lacks the + {l2:g} x W of the L2 term in the loss checked"
        hint = f"add {l2:g} * W to each weight gradient" + ("" if biases_too else " (biases are not penalised)")
    elif all(_close(lam, l2, 1e-6) for lam in lams):
        what = f"the L2 term is doubled: the gradient carries 2 x {l2:g} x W where L2 {l2:g} gives {l2:g} x W"
        hint = ("the gradient of 0.5 * lambda * sum(W**2) is lambda * W: add it once (a penalty lambda * sum(W**2) "
                "has 2 * lambda * W; then pass --l2 with twice your lambda)")
    else:
        what = (f"the gradient carries {lam_text} x the weights beyond the L2 {l2:g} term: the L2 coefficient "
                "differs from the one checked")
        hint = f"the L2 gradient of 0.5 * {l2:g} * sum(W**2) is {l2:g} * W, on the weights only"
    return [Diagnosis("weight-decay", ps, what, evidence, hint, key="weight-decay")]


def _hypotheses(ev: GradientEvent, left: list[str]) -> list[Diagnosis]:
    """stale-weights, relu-gate, ...: got matches a known wrong backprop (hypotheses.py) within tolerance,
    once the unchanged backprop is seen to reproduce the oracle."""
    (user, exp), hypotheses, out = ev.tensors, ev.hypotheses(), []
    ref = hypotheses.get("reference")
    trusted = ref is not None and all(ev.judge(n, tensors(ref)[n], exp[n]).ok for n in exp)
    while left and trusted:
        # A hypothesis explains the tensors it predicts when it predicts every tensor where it differs from
        # the oracle ("full"); otherwise only tensors the submission does change (an all-zero prediction
        # matching a never-updated tensor is no evidence).
        best, best_ps, best_full = None, [], False
        for h, grads in hypotheses.items():
            if h == "reference":
                continue
            hyp = tensors(grads)
            ps = [n for n in left if ev.judge(n, user[n], hyp[n]).ok]
            if not ps:
                continue
            differs = [n for n in hyp if not ev.judge(n, hyp[n], exp[n]).ok]
            full = bool(ps) and set(differs) <= set(ps)
            if not full:
                ps = [n for n in ps if np.any(user[n])]
            if (full, len(ps)) > (best_full, len(best_ps)):
                best, best_ps, best_full = h, ps, full
        if best is None or not best_ps:
            break
        out.append(Diagnosis(CODE[best], best_ps, EXPLAIN[best], f"{', '.join(best_ps)} match the '{best}' "
                             f"hypothesis within tolerance, not the oracle ({ev.where})", HINT[best], key=best))
        left = [n for n in left if n not in best_ps]
    if left and trusted and not out:
        out = _scaled_hypothesis(ev, user, exp, hypotheses, left)
    return out


_CONVENTIONS = ("batch-size", "ascent-summed", "twice-batch-size", "half-batch-size", "inverse-batch-size",
                "log10-sum", "log2-sum", "constant:-1", "constant:2", "constant:0.5", "constant:-2")
"""The factors :func:`read_factor` reads as a convention of the loss or the update (a sum over the batch, the
ascent direction, a missing 1/2), which a known wrong backprop may come with."""


def _scaled_hypothesis(ev: GradientEvent, user: dict, exp: dict, hypotheses: dict, left: list[str]
                       ) -> list[Diagnosis]:
    """A known wrong backprop that is also scaled by a convention (summed over the batch, ascent): every tensor
    left is one factor c times one hypothesis's gradient, c one of :data:`_CONVENTIONS`; named by the hypothesis,
    the factor said. Only where the hypothesis differs from the oracle on them (else a plain scale, which
    scaled-gradient names)."""
    for h, grads in hypotheses.items():
        hyp = tensors(grads)
        if h == "reference" or all(ev.judge(n, hyp[n], exp[n]).ok for n in left):
            continue
        c = fit_factor(np.concatenate([np.ravel(user[n]) for n in left]),
                       np.concatenate([np.ravel(hyp[n]) for n in left]))
        if not c:
            continue
        key, explanation, _ = read_factor(c, ev.batch_size, ev.outputs_averaged, ev.spec)
        if key not in _CONVENTIONS or not all(np.any(user[n]) and ev.judge(n, user[n], c * hyp[n]).ok
                                              for n in left):
            continue
        why = explanation.split(" = ", 1)[1] if " = " in explanation else explanation.split(": ", 1)[-1]
        return [Diagnosis(CODE[h], list(left), f"{EXPLAIN[h]}; it is also {c:.6g} x that gradient ({why})",
                          f"{', '.join(left)} match {c:.6g} x the '{h}' hypothesis within tolerance, not the oracle "
                          f"({ev.where})", HINT[h], factor=c, key=f"{h}:scaled:{key}")]
    return []


def _bias_total_sum(ev: GradientEvent, left: list[str]) -> list[Diagnosis]:
    """bias-total-sum: every element of a bias gradient is the sum of the oracle's over all units (np.sum(delta))."""
    user, exp = ev.tensors
    out = []
    for factor in (1, ev.batch_size) if ev.batch_size > 1 else (1,):  # B: a delta never divided by the batch size
        summed = [n for n in left if n.startswith("b") and not any(n in d.params for d in out)
                  and _total_sum(np.asarray(user[n], np.float64) / factor, exp[n], ev.dtype)]
        if not summed:
            continue
        times = "" if factor == 1 else f"{factor} x "
        out.append(Diagnosis("bias-total-sum", summed, f"{', '.join(summed)} {'gets' if len(summed) == 1 else 'get'} "
                             f"one number for the whole layer: every element equals {times}the sum of the oracle's "
                             "bias gradient over all units (np.sum(delta) with no axis"
                             + (", and the delta not divided by the batch size)" if factor > 1 else ")"),
                             f"every element of {summed[0]} is {float(np.asarray(user[summed[0]]).ravel()[0]):.6g} = "
                             f"{times}the sum of the oracle's {summed[0]} ({ev.where})",
                             "sum over the batch only: np.sum(delta, axis=0, keepdims=True) (axis=1 when samples "
                             "are columns)" + (", of a delta divided by the batch size" if factor > 1 else ""),
                             key="bias-total-sum"))
    return out


def _total_sum(got, expected, dtype) -> bool:
    """Every element of ``got`` is the sum of ``expected`` (relative to expected's scale; for an output bias that
    sum is ~0, as softmax - one-hot rows sum to 0, so an exactly-zero ``got`` is left to not-updated)."""
    g, e = np.asarray(got, np.float64).ravel(), np.asarray(expected, np.float64).ravel()
    if e.size < 2 or not np.any(e) or not np.isfinite(g).all():
        return False
    total = float(e.sum())
    scale = max(float(np.abs(e).max()), abs(total))
    tol = 10 * tolerance(dtype, "torch") * scale
    if abs(total) < tol and not np.any(g):
        return False
    return bool(np.abs(g - total).max() <= tol)


def _not_updated(ev: GradientEvent, left: list[str]) -> list[Diagnosis]:
    """not-updated: the implied gradient is exactly 0 (the tensor is bit-for-bit unchanged), the oracle's is not."""
    user, exp = ev.tensors
    zero = [n for n in left if not np.any(user[n]) and np.any(exp[n])]
    if not zero:
        return []
    return [Diagnosis("not-updated", zero, f"{', '.join(zero)} {'is' if len(zero) == 1 else 'are'} not "
                      "updated: the values after backward are bit-for-bit the values before",
                      f"implied gradient exactly 0 while the oracle's max |g| is "
                      f"{max(float(np.abs(exp[n]).max()) for n in zero):.3g} ({ev.where})",
                      "update every parameter at each step, the biases too (b1 -= lr * db1); an array in a "
                      "list in place (weights[i] -= lr * dW) or by assigning weights[i] = ...: rebinding a loop "
                      "variable updates nothing", key="not-updated")]


def _precision_loss(ev: GradientEvent, left: list[str]) -> list[Diagnosis]:
    """precision-loss (float64 checks): errors at float32 rounding level, worst and typical element, zeros kept."""
    if np.dtype(ev.dtype) != np.float64:
        return []
    f32 = ev.float32()
    if f32 is None:
        return []
    (user, exp), f32t, noisy = ev.tensors, tensors(f32), []
    eps32, ratio = float(np.finfo(np.float32).eps), tolerance(ev.dtype, "precision-ratio")
    for n in left:
        err, yard = max_rel_error(user[n], exp[n]), max_rel_error(f32t[n], exp[n])
        # rounding is noise: typical elements stay near float32's own error, and a gradient that is
        # exactly 0 (a dead unit, a blank pixel) stays exactly 0 in float32; a small systematic term
        # (a penalty, an offset) moves the median and the zeros
        typical = median_rel_error(user[n], exp[n]) <= ratio * max(median_rel_error(f32t[n], exp[n]), eps32)
        zeros_kept = not np.any(np.asarray(user[n])[np.asarray(exp[n]) == 0])
        # within `ratio` of float32's own error either way: far below it (a guard constant's 1e-8 where float32
        # is off by 1e-5) nothing was rounded to float32 (small-constant)
        if np.isfinite(err) and max(yard, eps32) / ratio <= err <= ratio * max(yard, eps32) and typical \
                and zeros_kept:
            noisy.append((n, err, yard))
    if not noisy:
        return []
    worst = max(noisy, key=lambda t: t[1])
    return [Diagnosis("precision-loss", [n for n, _, _ in noisy], "errors at float32 rounding level in a float64 "
                      "check: something is computed in float32 (an astype, a float32 array, dtype=np.float32)",
                      f"max rel error {worst[1]:.2e} on {worst[0]}, where the float32 oracle itself is off by "
                      f"{worst[2]:.2e} ({ev.where})", "keep every array float64: look for astype(np.float32), "
                      "np.float32(...) or float32 buffers (a file meant to compute in float32: check it with "
                      "--dtype float32)", key="precision-loss")]


def _below_float32(ev: GradientEvent, got, expected) -> bool:
    """Whether a float64 check's tensor is within float32 eps / 30 (the floor of precision-loss's band) of the
    oracle's in every element, relative: closer than any formula slip comes."""
    if np.dtype(ev.dtype) != np.float64:
        return False
    e = max_rel_error(got, expected)
    return bool(np.isfinite(e) and e < float(np.finfo(np.float32).eps) / tolerance(ev.dtype, "precision-ratio"))


def _small_constant(ev: GradientEvent, left: list[str]) -> list[Diagnosis]:
    """small-constant (float64 checks): every element closer to the oracle's than float32 rounding
    (:func:`_below_float32`, or `precision-ratio` times closer than the float32 oracle on that tensor, below
    precision-loss's band): no formula slip is that small, a guard constant in the backward (or the forward's
    softmax, ``e / (e.sum() + 1e-9)``) is."""
    user, exp = ev.tensors
    f32 = ev.float32() if np.dtype(ev.dtype) == np.float64 else None
    f32t = tensors(f32) if f32 is not None else {}

    def below(n: str) -> bool:
        if _below_float32(ev, user[n], exp[n]):
            return True
        e = max_rel_error(user[n], exp[n])
        return n in f32t and bool(np.isfinite(e) and e < max_rel_error(f32t[n], exp[n]) / tolerance(
            ev.dtype, "precision-ratio"))
    small = [(n, max_rel_error(user[n], exp[n])) for n in left if below(n)]
    if not small:
        return []
    worst = max(small, key=lambda t: t[1])
    v = ev.verdicts[worst[0]]
    return [Diagnosis("small-constant", [n for n, _ in small], f"{', '.join(n for n, _ in small)} differ from the "
                      f"oracle by at most {worst[1]:.1e} relative: beyond float64 rounding, but far below what any "
                      "wrong formula gives; a small constant in your backward (an eps added in a division or a log, "
                      "a clip), or in the softmax whose probabilities it uses (e / (e.sum() + 1e-9)), moves these "
                      "elements", f"{v.line()} ({ev.where})",
                      "look for `+ eps` or np.clip in your backward's derivatives (dL/dp = -y / (p + eps)) and "
                      "take the derivative of the loss without it, or compute the output delta directly "
                      "(p - y)", key="small-constant")]


def _gradient_mismatch(ev: GradientEvent, left: list[str]) -> list[Diagnosis]:
    """gradient-mismatch: whatever is left, localized to the deepest differing layer."""
    L = len(ev.expected)
    layers = sorted({int(n[1:]) for n in left}, reverse=True)
    good = [n for n in names(L) if n not in ev.bad]
    enters = layers[0]
    explained = [n for n in ev.bad if n not in left and int(n[1:]) > enters]  # named by another code
    loc = (f"layer {enters} is the deepest that differs" + (f" apart from {', '.join(explained)} (explained "
           "above)" if explained else "") + (f"; {', '.join(good)} agree" if good else "")
           + (f": the error enters between layer {enters + 1} and layer {enters}" if enters < L else
              ": the error is already in the output layer's gradient (the output delta or its products)"))
    v = ev.verdicts[left[0]]
    changed = [m for m in ev.mutated if m.startswith(("zs", "activations"))]
    if changed:
        loc += (f"; backward also changes {', '.join(changed)} in place, so whatever reads them afterwards "
                "reads the changed values")
    return [Diagnosis("gradient-mismatch", list(left), f"{', '.join(left)} differ from the oracle with no "
                      f"known signature; {loc}", f"{v.line()} ({ev.where})",
                      f"print your delta at that layer next to {DELTA[(ev.spec.output, ev.spec.loss)]} "
                      "back-propagated by hand, or return the gradients (see `xval check --help`) to check them "
                      "alone",
                      key="gradient-mismatch")]


def _non_finite(ev: GradientEvent, left: list[str]) -> list[Diagnosis]:
    """overflow: NaN or Inf in the submission's gradient where the oracle's is finite (an overflow the file does
    not guard against; no other rule can read a fit through those elements)."""
    got, exp = ev.tensors
    hit = [n for n in left if np.shape(got[n]) == np.shape(exp[n])
           and np.any(~np.isfinite(np.asarray(got[n], np.float64)) & np.isfinite(np.asarray(exp[n], np.float64)))]
    if not hit:
        return []
    v = ev.verdicts[hit[0]]
    hint = ("subtract each row's max before np.exp (softmax is shift-invariant) and clip probabilities before np.log; "
            "the saturated case has logits near 2000, as the notebook's weights do")
    if ev.spec.output == "sigmoid":  # the output rounds to exactly 0 or 1 beyond |z| ~ 37
        hint = ("a sigmoid output rounds to exactly 0 or 1 once |z| passes ~37 (the notebook's unscaled weights give "
                "logits in the hundreds), so a delta built as -(Y / A - (1 - Y) / (1 - A)) divides by zero there: "
                "compute the output delta directly, A - Y for binary cross-entropy (the same gradient, no division), "
                "or clip A first")
    return [Diagnosis("overflow", hit, f"{', '.join(hit)} hold NaN or Inf where the oracle's gradient is finite: "
                      "something overflowed in forward or backward (np.exp of a large logit, a log of 0, a division "
                      "by 0)", f"{v.line()} ({ev.where})", hint, key="overflow")]


GRADIENT_RULES: tuple[tuple[str, Callable[[GradientEvent, list[str]], list[Diagnosis]]], ...] = (
    ("overflow", _non_finite),
    ("scaled-gradient", _scaled_gradient),
    ("loss-mismatch", _loss_mismatch),
    ("weight-decay", _weight_decay),
    ("not-updated", _not_updated),
    ("hypotheses", _hypotheses),
    ("bias-total-sum", _bias_total_sum),
    ("precision-loss", _precision_loss),
    ("small-constant", _small_constant),
    ("gradient-mismatch", _gradient_mismatch),
)
"""The rules for a differing gradient tensor, in the order of the module docstring: the first that fits
a tensor names it. Each returns diagnoses whose ``params`` are exactly the tensors it explains."""


def diagnose_gradient(ev: GradientEvent, skip: set[str] = frozenset()) -> list[Diagnosis]:
    """The diagnoses that explain an event's differing tensors; every differing tensor gets one."""
    left, out = [n for n in ev.bad if n not in skip], []
    for _, rule in GRADIENT_RULES:
        if not left:
            break
        found = rule(ev, left)
        explained = {p for d in found for p in d.params}
        out += found
        left = [n for n in left if n not in explained]
    return out


# -- the codes found by the checks themselves (forward, inputs, calls, repeated calls), before any gradient rule

def forward_mismatch(v: Verdict, got: np.ndarray, oracle: Forward, params, where: str,
                     spec: ModelSpec = NOTEBOOK) -> Diagnosis:
    """forward-mismatch for the first differing output, with the most specific explanation the evidence supports."""
    name = v.name
    what, hint = f"{name} differs from the oracle's", "compare each step of forward with z = a @ W + b, " \
                                                      "a = relu(z), probs = softmax(z) row by row"
    if name == "probs" and spec.output != "softmax":
        what = f"the output differs from the oracle's {spec.output}(z) of the same logits"
        how = {"sigmoid": " (1 / (1 + np.exp(-z)))", "identity": " (the logits themselves)", "tanh": " (np.tanh(z))",
               "relu": " (np.maximum(z, 0))", "leaky_relu": f" (np.where(z > 0, z, {spec.output_slope:g} * z))"
               }.get(spec.output, "")
        hint = f"apply {spec.output} to the last layer's z{how}, or pass --output-activation with the output you mean"
    elif name == "probs":
        exp = oracle.activations[-1]
        if not np.isfinite(got).all() and np.isfinite(exp).all():
            what = "the probabilities contain NaN or Inf where the oracle's are finite: exp overflows"
            hint = "subtract each row's max before np.exp (softmax is shift-invariant)"
        elif np.allclose(got.sum(axis=0), 1.0) and not np.allclose(got.sum(axis=1), 1.0):
            what = ("the probabilities sum to 1 over the samples, not over the classes: softmax over axis 0 of "
                    "(batch, classes) (axis 1 when samples are columns)")
            hint = ("normalise over the classes: axis=1, keepdims=True, for both the max and the sum (axis=0 when "
                    "samples are columns)")
        elif np.allclose(got, softmax_from_logits(np.maximum(oracle.zs[-1], 0)), rtol=1e-9, atol=1e-12):
            what = "the probabilities are softmax(relu(logits)): ReLU is applied to the output layer too"
            hint = "apply ReLU to hidden layers only; the last layer goes straight into softmax"
        elif not np.allclose(got.sum(axis=1), 1.0):
            what = "the probabilities do not sum to 1 over each row"
            hint = "divide exp(z - max) by its sum over axis=1 (keepdims=True)"
    elif name[0] == "z" and params is not None:
        k = int(name[1:]) - 1
        b = np.asarray(params[k][1], np.float64)
        if np.any(b) and np.allclose(got, oracle.zs[k] - b, rtol=1e-9, atol=1e-12):
            what = f"{name} lacks the bias: it equals a @ W{k + 1} without b{k + 1}"
            hint = f"add biases[{k}] to every pre-activation"
    elif name[0] == "a":
        spec = spec.per_layer(len(oracle.zs) - 1)[int(name[1:]) - 1]  # this layer's activation
        act = spec.hidden.replace(":", " ")
        what = f"{name} differs while z{name[1:]} agrees: the hidden activation is not {act}(z)"
        hint = {"relu": "use np.maximum(0, z) for hidden layers", "sigmoid": "use 1 / (1 + np.exp(-z))",
                "tanh": "use np.tanh(z)"}.get(spec.activation, f"use np.where(z > 0, z, {spec.leaky_slope:g} * z)")
        hint += " (or pass --hidden with the activation you mean)" if spec.activation != "relu" else ""
    return Diagnosis("forward-mismatch", [v.name], what, f"{v.line()} ({where})", hint, key=f"forward:{what}")


def epsilon_guard(shortfall: float, where: str, output: str = "softmax") -> Diagnosis:
    """epsilon-guard: the file's softmax divides by its sum plus a constant (each row short of 1 by one factor), or
    its sigmoid adds one to its denominator (``1 / (1 + np.exp(-z) + eps)``: ``shortfall`` is that eps)."""
    if output == "sigmoid":
        return Diagnosis("epsilon-guard", ["probs"], "your sigmoid adds a small constant to its denominator "
                         "(1 / (1 + np.exp(-z) + eps)): every output moves by about eps, and every gradient with "
                         "it, beyond the rounding a float64 check allows (your backward may well be right for the "
                         "function it computes)",
                         f"the output is the model's with every sigmoid computed as 1 / (1 + exp(-z) + eps), "
                         f"eps = {shortfall:.1e} ({where})",
                         "drop the eps: 1 + np.exp(-z) is at least 1, so the division is safe; for large negative z "
                         "use np.clip(z, -500, 500) or scipy.special.expit, which change nothing elsewhere",
                         key="epsilon-guard")
    return Diagnosis("epsilon-guard", ["probs"], "your softmax divides by its sum plus a small constant "
                     "(exp(z) / (np.sum(exp(z)) + eps)): every probability of a row is scaled by one factor just "
                     "under 1, and every gradient moves with it, beyond the rounding a float64 check allows",
                     f"each row of probs sums to 1 - {shortfall:.1e} at most, one factor per row ({where})",
                     "drop the eps from the softmax's sum: the max shift already keeps the sum at 1 or more (an eps "
                     "inside a log is harmless: the loss is not compared)",
                     key="epsilon-guard")


def forward_precision_loss(errors: list[tuple[str, float, float]], dtype, where: str) -> Diagnosis | None:
    """precision-loss in the forward pass: every differing output's (name, error, float32 oracle's error) lies
    in the float32 band of :func:`_precision_loss`."""
    eps32, ratio = float(np.finfo(np.float32).eps), tolerance(dtype, "precision-ratio")
    if not all(np.isfinite(e) and eps32 / ratio <= e <= ratio * max(y, eps32) for _, e, y in errors):
        return None
    n, e, y = max(errors, key=lambda t: t[1])
    return Diagnosis("precision-loss", [name for name, _, _ in errors], "the forward pass runs at float32 precision "
                     "in a float64 check", f"max rel error {e:.2e} on {n}, where the float32 oracle is off by "
                     f"{y:.2e} ({where})", "keep x, weights and biases float64 (no astype(np.float32); a "
                     "file meant to compute in float32: check it with --dtype float32)", key="precision-fwd")


def input_mutated(changed: list[str], stage: str, case: str) -> Diagnosis:
    """input-mutated: ``stage`` (forward or backward) left x, y_true or a parameter different after the call."""
    return Diagnosis("input-mutated", changed, f"{stage} changes {', '.join(changed)} in place; the notebook "
                     "passes views of the training set, so the data itself changes",
                     f"{', '.join(changed)} differ after the call ({case})",
                     "work on copies (x = x / 255.0, not x /= 255.0)", key=f"mutated:{stage}")


ONE_HOT_WIDTH = re.compile(r"(?:\.max\(\)|\bmax\([^()]*\)|np\.(?:max|amax)\([^()]*\))\s*\)?\s*\+\s*1\b")
"""A one-hot width taken from the labels: ``Y.max() + 1``, ``int(Y.max()) + 1``, ``np.max(y) + 1``."""


def width_from_labels(path) -> str | None:
    """The line of a submission that takes a one-hot width from its labels (``Y.max() + 1``), or None."""
    from xval.reports.check.policy import scanned_sources

    for source in scanned_sources(path):
        for line in source.code.splitlines():
            if ONE_HOT_WIDTH.search(line) and not line.lstrip().startswith("#"):
                return line.strip()[:80]
    return None


def lookalike(path, detail: str) -> str | None:
    """For a NameError (``name 'ReLUDer' is not defined``), the name the submission defines that the missing one
    is nearly spelled as (``ReLUВDer``, a Cyrillic letter in it): said with its non-ASCII letters, or None."""
    import ast
    import difflib
    import unicodedata

    from xval.reports.check.family import _file_codes, _parsed

    m = re.search(r"raised NameError: name '(\w+)' is not defined", detail)
    if m is None:
        return None
    nodes = [n for tree in _parsed(_file_codes(path)) for n in ast.walk(tree)]  # (the parses the loss readers keep)
    defined = {n.name for n in nodes if isinstance(n, (ast.FunctionDef, ast.ClassDef))} | {
        n.id for n in nodes if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    close = difflib.get_close_matches(m.group(1), sorted(defined - {m.group(1)}), n=1, cutoff=0.8)
    if not close:
        return None
    odd = [f"'{c}' ({unicodedata.name(c, 'U+%04X' % ord(c))})" for c in dict.fromkeys(close[0]) if ord(c) > 127]
    return f"`{m.group(1)}` is not defined; the file defines `{close[0]}`" + (
        f", which has non-ASCII letters: {', '.join(odd)} (Python reads them as another name)" if odd else "")


UNDEFINED = ("NameError", "is not defined", "has no attribute", "ModuleNotFoundError", "ImportError", "No module")
"""What a call says when a name a failed import should have defined is missing."""


SHAPE_ERROR_TYPES = ("ValueError", "IndexError", "TypeError", "LinAlgError")
"""The exceptions numpy raises when arrays of the wrong shapes meet; an AttributeError or a NameError whose
cited line reads ``b.shape`` is not one."""


def raised(fn: str, detail: str, reshaped: str | None = None, missing: list[str] = (),
           unbound: list[str] = (), labels: str | None = None, width_line: str | None = None,
           near_name: str | None = None) -> Diagnosis:
    """raised: ``fn`` raised or returned the wrong structure (``detail``), or its update reshaped a parameter;
    ``missing`` modules and ``unbound`` names (top-level statements that failed at load) named in ``detail``;
    ``labels`` how another interface style was passed its labels ("one-hot", "integers"; None: the notebook's);
    ``near_name`` what :func:`lookalike` says of a NameError's name."""
    if reshaped:  # nothing raised: the update broadcast a wrongly shaped gradient into the parameter
        return Diagnosis(
            "raised", [reshaped], f"{fn} changed the shape of {reshaped}: the gradient it subtracted does not "
            f"have {reshaped}'s shape, and broadcasting grew the parameter instead of failing",
            detail, "a bias gradient sums delta over the batch: np.sum(delta, axis=0, keepdims=True), shape "
            "(1, n); a weight gradient is a.T @ delta, shape (fan_in, fan_out)", key=f"reshaped:{fn}:{reshaped}")
    partial = re.search(r"its dict has (.+?) and none for ([Wb]\d+(?:, [Wb]\d+)*)", detail)
    if partial:  # nothing raised: an unfinished backward returned the gradients of some layers only
        return Diagnosis("raised", [fn], f"{fn} returned gradients for {partial.group(1)} only, none for "
                         f"{partial.group(2)}", detail, "compute and return a gradient for every parameter: the "
                         "backward pass goes on through every layer down to the first",
                         key=f"partial:{fn}:{partial.group(2)}")
    shapes = any(w in detail for w in ("shape", "mismatch in its core dimension", "broadcast", "aligned"))
    typed = re.search(r"\braised (\w+): ", detail)  # the exception's type: the line it cites may say "shape" too
    if typed and typed.group(1) not in SHAPE_ERROR_TYPES:
        shapes = False
    # a module that did not import explains a name that is not there, never a shape error
    unbound, missing = (unbound, missing) if any(w in detail for w in UNDEFINED) else ((), ())
    if near_name:
        hint = f"{near_name}: spell the two alike"
    elif unbound or missing:
        hint = ("a name the function uses was never defined because a top-level statement failed: define it "
                "in the file, or make its module importable (a helper module may sit next to the file)")
    elif shapes and (rows := re.search(r"has shape \((\d+), (\d+)\); the bias it belongs to has (\d+) elements",
                                       detail)) and rows.group(2) == rows.group(3) and rows.group(1) != "1":
        hint = ("the bias gradient keeps one row per sample: sum delta over the batch, np.sum(delta, axis=0, "
                "keepdims=True), shape (1, n)")
    elif shapes and width_line:
        hint = (f"the one-hot width comes from the labels (`{width_line}`): a batch without the largest class gets "
                "too few columns; use the number of classes (the output layer's width)")
    elif shapes:
        hint = ("a shape error: check transposes (delta @ W.T, a.T @ delta) and layer indices"
                + ("" if fn == "forward" else f"; labels were passed as {labels} (see 'read as')" if labels
                   else "; y_true holds integer class labels of shape (batch,), as in the notebook, not one-hot rows")
                + "; xval runs several layer widths and batch sizes, so take shapes from the arguments")
    else:
        hint = "make the function work for any batch size and layer widths (use the shapes of its arguments)"
    return Diagnosis("raised", [fn], f"{fn} raised an exception{' (a shape error)' if shapes else ''}",
                     detail + (f" (module {missing[0]} is not installed)" if missing else "")
                     + (f" (it was never defined: {unbound[0]})" if unbound else ""), hint,
                     key=f"raised:{fn}:{detail.split(':')[1] if ':' in detail else ''}")


def stateful(params: list[str], evidence: str) -> Diagnosis:
    """stateful: the same call twice from the same state gave two different steps on ``params``."""
    return Diagnosis("stateful", params, "the step depends on state kept between calls (a global, a mutable default "
                     "argument, a cache, momentum): the same call twice gives two different updates",
                     f"{evidence} (expected = first call, got = second call)",
                     "make backward a function of its arguments only", key="stateful")


def stateful_in_trace(d: Diagnosis, step: int) -> Diagnosis:
    """A trace step's gradient-mismatch is stateful when every earlier step, from the same code, agreed."""
    d.explanation = (f"the step agrees with the oracle before step {step} but not at step {step}: it depends on "
                     "state kept between calls (a global, a mutable default argument, a cache, momentum)")
    d.hint = "make backward a function of its arguments only"
    d.key = "stateful"
    return d


def _scaled_stale(runs: tuple, before: dict, e: dict, bad: list[str], dtype, stale: Callable[[float], Params],
                  spec: ModelSpec) -> Diagnosis | None:
    """stale-weights at a scale: every tensor whose step follows the rate is one factor c times the oracle's
    gradient (at both rates: summed over the batch where the loss averages, say), and the others are c times the
    gradient backprop gives through weights already stepped by c x lr x that gradient (the deeper layer updated
    first, with the file's own scaled gradient); None when they are not. ``runs``: (implied gradients, parameters
    after, rate) at each of the two rates, ``before`` the parameters before (the implied gradients' rounding)."""
    (u1, _, lr), (u2, _, lr2) = runs
    good = [n for n in e if n not in bad and np.any(e[n])]
    factors = [fit_factor(u[n], e[n]) for u in (u1, u2) for n in good]
    if not factors or any(c is None for c in factors) or not all(_close(c, factors[0], 1e-6) for c in factors) \
            or _close(factors[0], 1.0, 1e-6):
        return None
    c = factors[0]
    hyps = [stale(c * r) for r in (lr, lr2)]
    if any(h is None for h in hyps):
        return None
    hyps = [tensors(h) for h in hyps]
    if not all(judge(n, u[n], c * h[n], dtype, before[n], a[n], r, spec=spec).ok
               for (u, a, r), h in zip(runs, hyps) for n in bad):
        return None
    return Diagnosis("stale-weights", bad, EXPLAIN["stale-weights"] + f", and every gradient is {c:.6g} x the "
                     "oracle's", f"{', '.join(bad)} match backprop through weights already stepped by the file's "
                     f"own gradient ({c:.6g} x the oracle's, as {', '.join(good)} are) at both rates ({lr:g} and "
                     f"{lr2:g})", HINT["stale-weights"] + f"; and find the factor {c:.6g}", key="stale-weights")


def diagnose_update_rule(user_lr: Params, user_lr2: Params, expected: Params, lr: float, lr2: float,
                         before: Params, after: Params, after2: Params, dtype,
                         stale: Callable[[float], Params] | None = None, spec: ModelSpec = NOTEBOOK
                         ) -> Diagnosis | None:
    """update-rule when the implied gradient depends on the learning rate (compared tensor by tensor).

    Stale weights also make the step depend on lr; that has its own name: ``stale(lr)``, the gradient
    backprop through already-updated weights gives, explains the tensors when it matches at both rates."""
    u1, u2, e = tensors(user_lr), tensors(user_lr2), tensors(expected)
    b, a1, a2 = tensors(before), tensors(after), tensors(after2)
    bad = []
    for n in names(len(expected)):
        if not (np.isfinite(u1[n]).all() and np.isfinite(u2[n]).all()):
            continue  # non-finite steps: the forward (overflow) explains them, not the update rule
        tol = tolerance(dtype, "update-rule")
        if negligible(u1[n], u2[n], e[n], tol):
            continue  # a step that is rounding noise on the oracle's scale: no rate to read from it
        v1 = judge(n, u2[n], u1[n], dtype, b[n], a1[n], lr, tol=tol)
        v2 = judge(n, u2[n], u1[n], dtype, b[n], a2[n], lr2, tol=tol)
        if not (v1.ok or v2.ok):
            bad.append(n)
    if not bad:
        return None
    runs = ((u1, a1, lr), (u2, a2, lr2))  # each rate's implied gradient, with what rounds it (see judge)
    if stale is not None:
        hyps = [stale(r) for r in (lr, lr2)]
        if None not in hyps and all(judge(n, u[n], h[n], dtype, b[n], a[n], r, spec=spec).ok
                                    for (u, a, r), h in zip(runs, map(tensors, hyps)) for n in bad):
            return None
        if (d := _scaled_stale(runs, b, e, bad, dtype, stale, spec)) is not None:
            return d
    n = bad[0]
    c1, c2 = fit_factor(u1[n], e[n]), fit_factor(u2[n], e[n])
    how = ""
    if c1 and c2 and _close(c2 / c1, lr2 / lr, 1e-4):
        how = ": the step scales with lr^2 (the learning rate applied twice)"
    elif c1 and c2 and _close(c1 * lr, c2 * lr2, 1e-4):
        how = f": the step size does not follow the learning_rate argument (a fixed {c1 * lr:.6g} is used)"
    fmt = lambda c: "n/a" if c is None else f"{c:.6g}"
    return Diagnosis("update-rule", bad, f"the parameter change is not -learning_rate x gradient{how}",
                     f"on {n} the implied gradient is {fmt(c1)} x the oracle's at lr={lr:g} and {fmt(c2)} x at "
                     f"lr={lr2:g}", "update with W -= learning_rate * dW using the argument, once per step",
                     key="update-rule")
