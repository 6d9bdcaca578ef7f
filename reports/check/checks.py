"""The checks of one run: each case (forward, gradient, repeatability, update rule), the helpers, the trace.

The base class of :class:`xval.reports.check.runner.Run`, which owns the state
(set in its ``__init__``, declared below), the bookkeeping (``fail``,
``diagnose``, ``raised``, ``mutations``) and the order the checks are called in
(see runner.py). Expected values: ``self.oracles``; the submission:
``self.model`` (:class:`xval.reports.check.adapter.UserModel`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from xval.impl.conventions import Params
from xval.impl.errors import InputError
from xval.impl.spec import LOSS_NAMES, PAIRS, ModelSpec
from xval.reports.check import adapter as ad
from xval.reports.check.cases import Case, trace_batches
from xval.reports.check.diagnose import (
    GradientEvent, diagnose_gradient, diagnose_update_rule, names, stateful, stateful_in_trace, tensors,
    width_from_labels,
)
from xval.reports.check.family import (
    L2_CHECKED, LossScale, applies_output_function, batch_scaled_l2, bias_l2, branch_free_bce, choose_model,
    cross_entropy_layer, global_l2, inline_l2, l2_attribute, l2_default_off, l2_parameter, layer_l2, loss_from_source,
    activations_read_as_sums, outside_gradient, read_model, unreachable_l2,
)
from xval.reports.check.forward import check_forward, check_helpers
from xval.reports.check.guard import SubmissionError
from xval.reports.check.hypotheses import EXPLAIN, HINT, all_hypotheses, backprop
from xval.reference.tolerances import tolerance
from xval.reports.check.judge import judge, negligible
from xval.reports.check.oracle import Oracles
from xval.reports.check.report import Diagnosis, Item, Mismatch

if TYPE_CHECKING:
    from xval.reports.check.runner import CheckOptions

OWN_RATE_FLOOR = 1e-3
"""The smallest file rate, as a fraction of xval's, whose rounding an implied gradient is allowed: at most a
1000-fold wider allowance (about 1e-8 relative where |W| ~ 1 and the gradient ~ 1e-2, below the smallest single-bug
signal of 8e-8), whatever rate the worker reports."""


def _input_activated(zs, c: Case) -> bool:
    """Whether the first pre-activation a forward exposed is ``relu(x) @ W1 + b1`` and not ``x @ W1 + b1``: a
    network that applies ReLU to its input before the first layer (its activations list starting at relu(X)),
    the checked network on inputs never below zero."""
    if not zs or zs[0] is None or np.shape(zs[0]) != (len(c.x), np.shape(c.params[0][0])[1]):
        return False
    W, b = c.params[0]
    z = np.asarray(zs[0], np.float64)
    scale = 1e-7 * (1.0 + float(np.max(np.abs(z))))
    return bool(np.allclose(z, np.maximum(c.x, 0) @ W + b, rtol=1e-7, atol=scale)) and not np.allclose(
        z, c.x @ W + b, rtol=1e-7, atol=scale)


class Checks:
    # the state these checks read and extend, all of it set by Run.__init__
    model: ad.UserModel
    oracles: Oracles
    opts: CheckOptions
    dtype: np.dtype
    items: list[Item]
    explained_by_update_rule: set[str]
    _l2_param = None  # (k, name, text) of an L2 strength its backward takes (read_model)
    _rule_pending = False  # the update rule still to be checked: batch0's gradient was all zero (nothing to scale)

    @property
    def spec(self) -> ModelSpec:
        """The model the check judges (the oracles build it; see :meth:`read_model`)."""
        return self.oracles.spec

    _moved_said = False

    def _forward(self, c: Case):
        """The file's forward on ``c``: (zs, activations, the inputs it changed), a value read as a pre-activation
        that is its layer's activation compared as one (:func:`activations_read_as_sums`), said once."""
        zs, acts, mutated = self.model.forward(c.params, c.x)
        zs, acts, moved = activations_read_as_sums(zs, acts, c.params)
        if moved and not self._moved_said:
            self._moved_said = True
            self.items.append(Item("forward conventions", "forward", True, "the values read as the pre-activations "
                                   f"of layer{'s' * (len(moved) > 1)} {', '.join(str(k + 1) for k in moved)} are "
                                   "each layer's activation of x @ W + b (a name such as `s1` read as a sum): "
                                   "compared as the activations", c.name, severity="info"))
        return zs, acts, mutated

    def read_model(self, c: Case) -> None:
        """Choose the model to judge before any case: the flags, the file's forward on ``c`` and its loss function
        (:mod:`xval.reports.check.family`); said in the result's ``checked as``."""
        hidden, output, output_from = [], None, None
        try:
            zs, acts, _ = self._forward(c)
            hidden, output = read_model(zs, acts, c.params)
            if output is None and zs and zs[-1] is not None and acts[-1] is None \
                    and not getattr(self.model.fn, "own_loss", False) \
                    and not applies_output_function(Path(self.report.file), getattr(self.model.fn, "forward_name", ""),
                                                    next((h for h in hidden if h), None)):
                # (own_loss: xval's softmax ends it)
                output, output_from = "identity", ("read from your forward: it returns the last layer's z, and "
                                                   "nothing in the file applies a softmax or a sigmoid")
        except SubmissionError:
            pass  # the forward check on the first case reports what is wrong with it
        o = self.opts
        file_loss = loss_from_source(Path(self.report.file), getattr(self.model.fn, "loss_scope", ""))
        if getattr(self.model.fn, "own_loss", False):  # its layers end in xval's loss, whatever loss it defines
            file_loss = (None, "its layers are composed with xval's softmax cross-entropy (no loss layer of the "
                         "file's in the chain)")
        elif file_loss[0] not in (None, "cross_entropy"):  # a layer kit composed with its cross-entropy layer
            layer = getattr(self.model.fn, "loss_layer", "")  # beside another loss it uses: the layer's is checked
            if cross_entropy_layer(Path(self.report.file), layer):
                file_loss = ("cross_entropy", f"your {layer} (the loss layer xval composes your layers with)")
        read_from = getattr(self.model.fn, "model_from", "") or None  # the forward is xval's, written for it
        if read_from:
            output_from = "xval's forward, written for the derivatives"
        from_j = getattr(self.model.fn, "model_read", None)
        model_from = None
        if from_j and getattr(self.model.fn, "model_read_scaled", False) is True:  # a multiple of a loss (a class's
            # loss(X, y)): the hidden units and output from it only when the loss its code computes is that one, the
            # loss and its constant then from the code
            if not any(hidden) and output is None and file_loss[0] == from_j[2]:
                hidden, output = from_j[0], from_j[1]
                model_from = "read from the loss it returns"
        elif from_j and not any(hidden) and output is None:  # no forward values: the model its J is the loss of
            hidden, output, loss = from_j
            file_loss, read_from = (loss, "the J it returns"), "read from the J it returns"
        l2_read = None if o.l2 or read_from else unreachable_l2(Path(self.report.file), self.model.fn.backward_name) \
            or l2_attribute(Path(self.report.file), self.model.fn.backward_name) \
            or global_l2(Path(self.report.file), self.model.fn.backward_name) or inline_l2(Path(self.report.file))
        l2_param = None if read_from else l2_parameter(Path(self.report.file), self.model.fn.backward_name) \
            or layer_l2(Path(self.report.file), self.model.fn.backward_name) \
            or l2_default_off(Path(self.report.file), self.model.fn.backward_name)
        if l2_read is None and l2_param is not None and not o.l2:  # its backward takes the strength its loss reads
            l2_read = (L2_CHECKED, f"read from {l2_param[2]}; {l2_param[1]} passed {L2_CHECKED / (2 * l2_param[0]):g}")
        reading = choose_model(self.report.file, hidden, output, file_loss, o.hidden, o.output, o.loss, o.l2,
                               read_from=read_from or model_from, l2_read=l2_read, output_from=output_from,
                               n_outputs=c.params[-1][0].shape[1],
                               columns=getattr(self.model.fn, "columns", False) is True,
                               per_sample=getattr(self.model.fn, "per_sample", False) is True,
                               scaled=file_loss[1] != "the J it returns")  # (xval's forward: the file's loss)
        measured = getattr(self.model.fn, "loss_measured", None)
        if measured and reading.scale is None and not o.loss and reading.spec.loss == "cross_entropy":
            coef, summed, how = measured  # its loss layer's value: a multiple of xval's cross-entropy, so judged
            scale = LossScale(coef, False, how, summed, "cross_entropy")
            if not scale.own:
                reading.scale, reading.loss_from = scale, "read from the value of your loss layer"
            elif not reading.loss_from.startswith("read from"):  # (a loss read from its code is said so)
                reading.loss_from = f"read from the value of your loss layer; {how}: xval's own"
        if reading.scale is not None and reading.scale.batch_sum and getattr(self.model.fn, "per_sample", False):
            s = reading.scale.per_sample()  # its batch is one sample: a sum over it is that sample's loss
            reading.scale = None if s.own else s
        self._l2_param = l2_param
        if not read_from and reading.spec.l2 and (found := bias_l2(Path(self.report.file))):
            term, every = found
            if every:  # its penalty covers every parameter: so judged
                reading.spec = replace(reading.spec, l2_biases=True)
                reading.l2_from += "; the term squares the biases too" if term in reading.l2_from else \
                    f"; its L2 term squares the biases too: `{term}`"
            else:
                self.items.append(Item("loss", "loss", False, f"its loss's L2 term squares some of the biases "
                                       f"(`{term}`): xval's L2 covers the weights, or every parameter, so those "
                                       "biases' share of it, and of its gradient, is not checked", c.name,
                                       severity="warning"))
        elif not read_from and not reading.spec.l2 and (scaled := batch_scaled_l2(Path(self.report.file))):
            self.items.append(Item("loss", "loss", False, f"its {scaled[0]} adds an L2 term (`{scaled[1]}`) that "
                                   "scales with the batch (divided by the batch size): a strength that depends on "
                                   "the batch, which no one L2 strength says; the gradients were checked without it, "
                                   "and the term's share of them is not checked", c.name, severity="warning"))
        self._adopt(reading)

    def _adopt(self, reading) -> None:
        """Judge the model ``reading`` says: the oracles' spec and scale, the result's ``checked as``, and what a
        backward that takes the loss's gradient from outside is given."""
        self.oracles.spec = reading.spec
        self.oracles.scale = reading.scale
        self.report.model = reading
        judge_with = getattr(self.model, "judge_with", None)  # what a backward(grad_output) is given
        if judge_with is not None:
            s, l2_param = reading.scale, self._l2_param
            # a regularisation strength the file's backward takes: the L2 judged, in its loss's convention
            reg = reading.spec.l2 / (2 * l2_param[0]) if l2_param else reading.spec.l2
            judge_with(reading.spec.output, reading.spec.loss, s.coef if s else 1.0, bool(s and s.output_mean),
                       bool(s and s.batch_sum), reg)

    def loss_outside(self, c: Case) -> None:
        """loss-mismatch when every check held but the loss the file computes is one its output does not go with
        (:data:`xval.reports.check.family.OUTSIDE`: binary cross-entropy over softmax outputs, or cross-entropy over
        sigmoid ones, its formula chosen by no branch on the output: :func:`xval.reports.check.family.branch_free_bce`):
        its gradient passed as the output's natural loss's, which is then not the gradient of its own loss. Said
        only when, at ``c``'s logits, the output layer's weight gradient of the file's loss differs from the natural
        one's by more than the ``outside-loss`` bound of the tolerance table (computed here from the oracle's forward
        values: the output layer's gradient is a_(L-1)^T delta, whichever loss gives delta)."""
        reading = self.report.model
        if reading is None or reading.outside is None or any(not it.ok and it.severity == "fail" for it in self.items) \
                or not branch_free_bce(Path(self.report.file), reading.outside[0]):
            return
        loss, how = reading.outside
        fwd = self.oracles.forward(c.params, c.x)[self.oracles.primary]
        z, a_prev = fwd.zs[-1], fwd.activations[-2]
        y = np.asarray(c.y)  # one output unit: the label is its target
        t = y.reshape(-1, 1).astype(np.float64) if z.shape[1] == 1 else np.eye(z.shape[1])[y]
        with np.errstate(all="ignore"):
            own = a_prev.T @ outside_gradient(self.spec.output, loss, z, t)
        if not np.isfinite(own).all():
            return  # a probability rounded to 0 or 1: that loss has no finite gradient here to tell apart
        natural = a_prev.T @ ((fwd.activations[-1] - t) / len(z))  # softmax + cross-entropy, sigmoid + BCE
        n = f"w{len(c.params)}"
        v = judge(n, own, natural, np.float64, spec=self.spec)
        if v.ok or v.max_rel < tolerance(np.float64, "outside-loss"):
            return
        out, checked, own_name = self.spec.output, LOSS_NAMES[self.spec.loss], LOSS_NAMES[loss]
        evidence = (f"every gradient agrees with {out} + {checked}'s; at the logits of {c.name}, {own_name} over "
                    f"{out} outputs gives a {n} gradient that differs from it by up to {v.max_rel:.3g} relative "
                    f"({n}{v.index}: {v.expected:.6g} for {checked}, {v.got:.6g} for {own_name})")
        self.fail(Item("loss", "backward", False, evidence, c.name),
                   Mismatch("backward", 0, n, v.index, v.got, v.expected, c.name))  # its loss's, its gradient
        self.diagnose(Diagnosis(
            "loss-mismatch", names(len(c.params)),
            f"the gradient is {out} + {checked}'s, but the loss your file computes ({how}) is {own_name} over "
            f"{out} outputs, which xval's oracles do not model: the gradient is not that loss's", evidence,
            f"differentiate the loss you compute, or compute the loss you differentiate ({checked} for a {out} "
            f"output; --loss {self.spec.loss} to check it as that)", key="loss-mismatch:outside"), c.name)

    def rounding_rate(self, lr: float) -> float:
        """The rate whose rounding an implied gradient carries: ``lr``, or the file's own smaller constant rate (a
        script's ``W -= 1e-4 * dW``: its change was made, and rounded, at 1e-4 before xval read it), never below
        ``lr * OWN_RATE_FLOOR``: the worker reports that rate, and a submission that forged it could otherwise
        widen the allowance without bound."""
        own = getattr(self.model, "update_rate", None)
        return max(min(lr, own), lr * OWN_RATE_FLOOR) if own else lr

    def judge_step(self, st: ad.Step, expected: Params, before: Params) -> dict:
        exp, got = tensors(expected), tensors(st.implied)
        if self.model.fn.mode == "gradients":
            return {n: judge(n, got[n], exp[n], self.dtype, spec=self.spec) for n in exp}
        b, a = tensors(before), tensors(st.new_params)
        lr = self.rounding_rate(self.opts.lr)
        return {n: judge(n, got[n], exp[n], self.dtype, b[n], a[n], lr, spec=self.spec) for n in exp}

    def case(self, c: Case) -> None:
        """Judge one case; on a stress case (:attr:`stress_cases`) what fails is said as warnings instead."""
        if c.name not in self.stress_cases:
            return self._case(c)
        n_items, first = len(self.items), self.report.first_mismatch
        why = self.stress_cases[c.name]
        before = [(d, list(d.params), list(d.cases)) for d in self.report.diagnosis]
        try:
            self._case(c)
        except InputError as exc:  # xval could not use the file on this case alone (a loop whose update a NaN
            # loss skipped: no rate to read): said, and the ordinary cases judge it
            self.items.append(Item("stress case", "backward", False, f"{why} (a stress case for this model): xval "
                                   f"could not check it: {exc}", c.name, severity="warning"))
        known = {id(d) for d, _, _ in before}
        found = [d for d in self.report.diagnosis if id(d) not in known]
        for d, params, cases in before:  # a finding merged into an earlier one: undo the merge
            if d.cases != cases:
                found.append(d)
            d.params, d.cases = params, cases
        self.report.diagnosis = [d for d, _, _ in before]
        self.report.first_mismatch = first
        failed = [it for it in self.items[n_items:] if not it.ok and it.severity == "fail"]
        for it in failed:
            it.severity = "warning"
            it.detail = f"{why} (a stress case for this model): {it.detail}"
        for d in {id(d): d for d in found}.values():
            self.items.append(Item(d.code, "backward", False, f"{why}: {d.explanation} "
                                   f"({d.evidence}); {d.hint}", c.name, severity="warning"))

    def _case(self, c: Case) -> None:
        lr, primary = self.opts.lr, self.oracles.primary
        every = c.name == "batch0"  # every oracle, cross-checked, on the real first batch (see oracle.py)
        fwd = self.oracles.forward(c.params, c.x, every)[primary]
        try:
            zs, acts, mutated = self._forward(c)
        except SubmissionError as exc:
            return self.raised(exc, c.name)
        self.mutations(mutated, "forward", c.name)
        f32 = (lambda: self.oracles.float32_forward(c.params, c.x)) if self.dtype == np.float64 else None
        fr = check_forward(zs, acts, fwd, self.dtype, c.name, f32, c.params, self.spec)
        if fr.bad and c.name == "signed" and _input_activated(zs, c) and (c.x < 0).any():
            self.items.append(Item("forward conventions", "forward", False, "its forward applies ReLU to the input "
                                   "too (the first layer's z is W1 relu(x) + b1): the same network on inputs never "
                                   "below zero, such as pixels; the signed case is judged on relu(x), its inputs as "
                                   "the network sees them", c.name, severity="warning"))
            return self._case(replace(c, x=np.maximum(c.x, 0)))
        for w in fr.warnings:
            self.items.append(Item("forward conventions", "forward", False, w, c.name, severity="warning"))
        if fr.bad:
            v = fr.bad[0]
            self.fail(Item("forward", "forward", False, f"{len(fr.bad)} of {len(fr.verdicts)} outputs differ; "
                           f"first {v.line()}", c.name),
                      Mismatch("forward", 0, v.name, v.index, v.expected, v.got, c.name, v.problem))
            for d in fr.diagnoses:
                self.diagnose(d, c.name)
        elif not fr.verdicts:  # an interface that exposes no forward value (a cost function giving J and grad)
            self.items.append(Item("forward", "forward", True, "no forward values exposed: not compared", c.name,
                                   severity="info"))
        else:
            self.items.append(Item("forward", "forward", True, f"{len(fr.verdicts)} outputs agree (max rel "
                                   f"{max(v.max_rel for v in fr.verdicts):.1e})", c.name))
        expected = self.oracles.grads(c.params, c.x, c.y, every)[primary]
        try:
            st = self.model.step(c.params, c.x, c.y, lr)
        except SubmissionError as exc:
            again = None if fr.bad else self.with_largest_class(c, exc) or self.lone_sample(c, exc)
            if again is None:
                return self.backward_raised(c, exc, fr, fwd, expected)
            c, st = again  # it breaks only on a batch without the largest class: judged on one with it
            expected = self.oracles.grads(c.params, c.x, c.y, every)[primary]
        self.mutations(st.mutated, "backward", c.name)
        verdicts = self.judge_step(st, expected, c.params)
        if c.name == "batch0" and not self.repeatable(c, st, expected):
            pass  # a stateful step: the update-rule comparison would only measure the state
        elif (c.name == "batch0" or self._rule_pending) and self.model.fn.mode == "in-place":
            # a step of zero scales with any rate (every unit dead on batch0): checked on the next case that moves
            self._rule_pending = not any(np.any(t) for pair in expected for t in pair)
            if not self._rule_pending:
                self.update_rule(c, st, expected, verdicts, fwd)
        if fr.bad and not all(v.ok for v in verdicts.values()):
            try:
                iso = self.model.step(c.params, c.x, c.y, lr, given=(fwd.zs, fwd.activations))
                st, verdicts = iso, self.judge_step(iso, expected, c.params)
                note = "agrees" if all(v.ok for v in verdicts.values()) else "still differs"
                self.items.append(Item("backward alone", "backward", True, f"with the oracle's forward values fed "
                                       f"to backward the gradient {note}", c.name, severity="info"))
            except SubmissionError:
                pass
        for d in self.gradient_verdicts(c.name, 0, c.params, c.x, c.y, st, expected, verdicts, fwd):
            self.diagnose(d, c.name)
        if c.name == "batch0" and getattr(self.model, "short_batch", "") and all(v.ok for v in verdicts.values()):
            self.short_batch(c, expected)

    def short_batch(self, c: Case, expected: Params) -> None:
        """A mini-batch loop whose last batch may be short (``range(0, n, bs)`` slicing ``X[i:i + bs]``), stepped
        with ``bs`` set to twice the rows of ``c``: its slice then takes every row, as the last batch of an epoch
        does when ``bs`` does not divide ``n``. The gradient must still be the mean over the rows the batch holds;
        one divided by ``bs`` is the oracle's times rows / ``bs`` (``short-batch``). Any other difference, or an
        exception, is a warning: this call is xval's rebinding of the loop, not the file's own batch."""
        name, rows = self.model.short_batch, len(c.x)
        nominal, lr = 2 * rows, self.opts.lr
        setting = f"`{name}` = {nominal} over a batch of {rows} rows (a short last batch)"
        try:
            st = self.model.step(c.params, c.x, c.y, lr, nominal=nominal)
        except SubmissionError as exc:
            self.items.append(Item("short batch", "backward", False, f"with {setting} the step raised: "
                                   f"{str(exc)[:240]}", c.name, severity="warning"))
            return
        verdicts = self.judge_step(st, expected, c.params)
        if all(v.ok for v in verdicts.values()):
            self.items.append(Item("short batch", "backward", True, f"the same gradient with {setting}", c.name))
            return
        bad = [n for n in names(len(c.params)) if not verdicts[n].ok]
        v = verdicts[bad[0]]
        shrunk = [(W * (rows / nominal), b * (rows / nominal)) for W, b in expected]
        if not all(s.ok for s in self.judge_step(st, shrunk, c.params).values()):
            self.items.append(Item("short batch", "backward", False, f"with {setting} {len(bad)} tensors differ "
                                   f"({' '.join(bad)}); first {v.line()}", c.name, severity="warning"))
            return
        self.fail(Item("short batch", "backward", False, f"with {setting} {len(bad)} tensors differ "
                       f"({' '.join(bad)}) by {rows}/{nominal}; first {v.line()}", c.name, data={"params": bad}),
                  Mismatch("backward", 0, v.name, v.index, v.expected, v.got, f"{c.name}, {name}={nominal}"))
        self.diagnose(Diagnosis(
            "short-batch", bad, f"the gradient is divided by the mini-batch size `{name}`, not by the rows the batch "
            f"holds: right for every full batch, but the last batch of an epoch holds fewer rows when `{name}` does "
            "not divide the number of samples, and its step is then too small by that ratio",
            f"with {setting} the step is the oracle's times {rows}/{nominal}", f"divide by the batch's own size "
            f"(len(X_batch), X_batch.shape[0]) rather than by `{name}`", key=f"short-batch:{name}"), c.name)

    def backward_raised(self, c: Case, exc: SubmissionError, fr, fwd, expected: Params) -> None:
        """The step raised on case ``c``: ``raised``, unless its own forward's values differ and it runs on the
        oracle's (then backward is judged alone, and the result says so)."""
        if not fr.bad:
            return self.raised(exc, c.name)
        try:  # it may fail only on its own forward's wrong values: judge backward alone, and say so
            st = self.model.step(c.params, c.x, c.y, self.opts.lr, given=(fwd.zs, fwd.activations))
        except SubmissionError as alone:  # it fails on the right values too: that is backward's own error
            cannot = "cannot take given forward values" in str(alone)  # (the worker's NoGiven)
            return self.raised(exc if cannot else alone, c.name)
        self.items.append(Item("backward alone", "backward", True, f"{exc.function} raised on its own forward's "
                               f"values ({str(exc)[:120]}); judged with the oracle's forward values fed to "
                               "backward", c.name, severity="info"))
        verdicts = self.judge_step(st, expected, c.params)
        for d in self.gradient_verdicts(c.name, 0, c.params, c.x, c.y, st, expected, verdicts, fwd):
            self.diagnose(d, c.name)
        return None

    def with_largest_class(self, c: Case, exc: SubmissionError) -> tuple[Case, ad.Step] | None:
        """``c`` with its last label set to the largest class, and the step on it, when ``c`` has no sample of
        that class and the step runs once it has one; else None.

        A one-hot width taken from the labels (``Y.max() + 1``, a well-known tutorial's) breaks only on a batch
        without the largest class: the gradient is still judged, on the same inputs, and the failure is said as
        a warning naming the line, for a batch of one sample or any batch that lacks that class."""
        top = max(c.params[-1][0].shape[1], 2) - 1
        y = np.asarray(c.y)
        if y.ndim != 1 or not len(y) or np.any(y == top):
            return None
        y = y.copy()
        y[-1] = top
        relabelled = Case(c.name, f"{c.description}, its last label set to class {top}", c.params, c.x, y)
        try:
            st = self.model.step(relabelled.params, relabelled.x, relabelled.y, self.opts.lr)
        except SubmissionError:
            return None
        line = width_from_labels(self.report.file)
        why = (f"its one-hot width comes from the labels (`{line}`)" if line else
               "it sizes something by the labels it is given")
        self.items.append(Item("labels", "backward", False, f"{exc.function} raised on a batch without class {top} "
                               f"({str(exc)[:240]}): {why}; use the number of classes (the output layer's width). "
                               f"The gradient was judged on the same batch with its last label set to {top}",
                               c.name, severity="warning"))
        return relabelled, st

    def lone_sample(self, c: Case, exc: SubmissionError) -> tuple[Case, ad.Step] | None:
        """``c`` and the step on it with its one sample passed as a vector (D,), its labels as one, when ``c`` is a
        batch of one sample, the step raised on it as a (1, D) batch and runs so; else None.

        Some files take a lone sample only as a vector (``if x.ndim == 1: x = x[np.newaxis]`` after squeezing):
        their gradient is judged that way, and the failure on a batch of one row is said as a warning."""
        if len(c.x) != 1:
            return None
        try:
            st = self.model.step(c.params, c.x, c.y, self.opts.lr, lone=True)
        except SubmissionError:
            return None
        self.items.append(Item("one sample", "backward", False, f"{exc.function} raised on a batch of one sample "
                               f"as a 1-row array ({str(exc)[:240]}); it runs with the sample as a vector (its "
                               "features alone), as which its gradient was judged: make it take a batch of one "
                               "row too (the last mini-batch of an epoch may be one)", c.name, severity="warning"))
        return Case(c.name, f"{c.description}, passed as a vector", c.params, c.x, c.y), st

    def gradient_verdicts(self, case: str, step: int, params, x, y, st: ad.Step, expected: Params,
                          verdicts: dict, fwd=None) -> list[Diagnosis]:
        order = names(len(params))
        bad = [n for n in order if not verdicts[n].ok]
        if not bad:
            worst = max(v.max_rel for v in verdicts.values())
            self.items.append(Item("gradient", "backward", True, f"{len(order)} tensors agree (max rel {worst:.1e})",
                                   case, step))
            return []
        if fwd is None:
            fwd = self.oracles.forward(params, x)[self.oracles.primary]
        ev = GradientEvent(case, step, self.dtype, self.rounding_rate(self.opts.lr), len(x), st.implied, expected,
                           params, st.new_params if self.model.fn.mode == "in-place" else None, verdicts,
                           lambda: {h: self.oracles.scaled(self.oracles.no_bias_grads(g), len(x), params)
                                    for h, g in all_hypotheses(self.oracles.held(params), x, y, fwd.zs,
                                                               fwd.activations[-1], self.opts.lr, self.spec).items()},
                           lambda: self.oracles.float32_grads(params, x, y), st.mutated, self.spec,
                           lambda alt: self.oracles.grads(params, x, y, spec=alt)[self.oracles.primary],
                           params[-1][0].shape[1] if self.oracles.scale and self.oracles.scale.output_mean else None)
        diags = diagnose_gradient(ev, skip=self.explained_by_update_rule)
        update_stage = {p for d in diags if d.code == "not-updated" for p in d.params} | self.explained_by_update_rule
        v = verdicts[bad[0]]
        stage = "update" if bad[0] in update_stage else "backward"
        self.fail(Item("gradient", stage, False, f"{len(bad)} of {len(order)} tensors differ ({' '.join(bad)}); "
                       f"first {v.line()}", case, step, data={"params": bad}),
                  Mismatch(stage, step, v.name, v.index, v.expected, v.got, case))
        return diags

    def repeatable(self, c: Case, st: ad.Step, expected: Params) -> bool:
        """The same call twice from the same state must give the same step (else: state kept between calls)."""
        try:
            again = self.model.step(c.params, c.x, c.y, self.opts.lr)
        except SubmissionError as exc:
            self.raised(exc, c.name)
            return False
        first, second = tensors(st.implied), tensors(again.implied)
        implied = self.model.fn.mode != "gradients"  # (before - after) / lr: the rounding of `after` is excused
        before, after = tensors(c.params), tensors(st.new_params)

        def verdict(n):
            return judge(n, second[n], first[n], self.dtype, before[n] if implied else None, after[n],
                         self.rounding_rate(self.opts.lr), spec=self.spec)
        oracle, tol = tensors(expected), tolerance(self.dtype, "autodiff", self.spec)
        for n in names(len(c.params)):
            if np.array_equal(first[n], second[n], equal_nan=True) or negligible(first[n], second[n], oracle[n], tol):
                continue  # equal, or both noise on the oracle's scale (a sum that cancels, in another order)
            v = verdict(n)
            if not v.ok:
                self.fail(Item("repeatable", "update", False, f"a second identical call gave a different step: "
                               f"{v.line()}", c.name),
                          Mismatch("update", 0, n, v.index, v.expected, v.got, f"{c.name}, repeated call"))
                self.diagnose(stateful([n for n in names(len(c.params)) if not verdict(n).ok], v.line()), c.name)
                return False
        self.items.append(Item("repeatable", "update", True, "the same call twice gives the same step", c.name))
        return True

    def stale(self, c: Case, fwd, lr: float, spec: ModelSpec | None = None) -> Params | None:
        """The gradient backprop through weights already stepped at ``lr`` gives (:func:`backprop`), of the check's
        loss or ``spec``'s; for a file that steps one sample at a time from the same weights, the mean of each
        sample's."""
        held = self.oracles.held(c.params)
        parts = [slice(i, i + 1) for i in range(len(c.x))] if getattr(self.model.fn, "per_sample", False) \
            else [slice(None)]
        grads = [backprop("stale-weights", held, c.x[s], c.y[s], [z[s] for z in fwd.zs], fwd.activations[-1][s], lr,
                          spec or self.spec) for s in parts]
        if any(g is None for g in grads):
            return None
        mean = [(np.mean([g[k][0] for g in grads], axis=0), np.mean([g[k][1] for g in grads], axis=0))
                for k in range(len(held))]
        return self.oracles.no_bias_grads(mean)

    def update_rule(self, c: Case, st: ad.Step, expected: Params, verdicts: dict, fwd) -> None:
        lr, lr2 = self.opts.lr, self.opts.lr * self.opts.lr_factor
        try:
            st2 = self.model.step(c.params, c.x, c.y, lr2)
        except SubmissionError as exc:
            return self.raised(exc, c.name)
        d = diagnose_update_rule(st.implied, st2.implied, expected, lr, lr2, c.params, st.new_params,
                                 st2.new_params, self.dtype, lambda r: self.stale(c, fwd, r), self.spec)
        if d is not None and d.code == "update-rule":
            d = self.stale_of_other_loss(c, st, st2, fwd, d) or d
        if d is None:
            self.items.append(Item("update rule", "update", True, f"the step scales with the learning rate "
                                   f"({self.opts.lr:g} and {lr2:g})", c.name))
            return
        self.explained_by_update_rule.update(d.params)
        n = d.params[0]
        b, a2 = tensors(c.params)[n], tensors(st2.new_params)[n]
        v = judge(n, tensors(st2.implied)[n], tensors(expected)[n], self.dtype, b, a2, self.rounding_rate(lr2),
                  spec=self.spec)
        mismatch = None
        if all(x.ok for x in verdicts.values()):  # only visible at the second learning rate
            mismatch = Mismatch("update", 0, n, v.index, v.expected, v.got, f"{c.name}, lr={lr2:g}")
        self.fail(Item("update rule", "update", False, d.evidence, c.name), mismatch)
        self.diagnose(d, c.name)

    def stale_of_other_loss(self, c: Case, st: ad.Step, st2: ad.Step, fwd, rule: Diagnosis) -> Diagnosis | None:
        """stale-weights through the gradient of the output's other standard loss (a sigmoid output's squared error
        where binary cross-entropy is checked, by the loss rule): the step's dependence on the rate that
        update-rule found is that of weights already stepped, backprop then running on that other loss (whose
        gradient the output layer's is: loss-mismatch names it). Only names a failure; None when it does not fit."""
        lr, lr2 = self.opts.lr, self.opts.lr * self.opts.lr_factor
        for loss in sorted(lo for o, lo in PAIRS if o == self.spec.output and lo != self.spec.loss):
            alt = replace(self.spec, loss=loss)
            expected = self.oracles.grads(c.params, c.x, c.y, spec=alt)[self.oracles.primary]
            d = diagnose_update_rule(st.implied, st2.implied, expected, lr, lr2, c.params, st.new_params,
                                     st2.new_params, self.dtype, lambda r: self.stale(c, fwd, r, alt), alt)
            if d is not None and d.code != "stale-weights":
                continue
            said = f" (with {LOSS_NAMES[loss]}'s gradient: the loss its output layer's gradient is)"
            if d is None:  # every rate-dependent tensor is that stale gradient itself
                return Diagnosis("stale-weights", rule.params, EXPLAIN["stale-weights"] + said,
                                 f"{', '.join(rule.params)} match backprop through weights already stepped, at both "
                                 f"rates ({lr:g} and {lr2:g}), of {LOSS_NAMES[loss]}", HINT["stale-weights"],
                                 key="stale-weights")
            return replace(d, explanation=d.explanation + said)
        return None

    def helpers(self, c: Case, helpers: dict, guard) -> None:
        fwd = self.oracles.forward(c.params, c.x)[self.oracles.primary]
        zeros = make_zeros(fwd.zs[0])
        loss, acc = self.oracles.evaluate(c.params, c.x, c.y)
        helpers = {n: f for n, f in helpers.items() if n not in self.helpers_of_another_model()
                   and not (n == "evaluate" and fwd.activations[-1].shape[1] == 1)}  # argmax of one unit: no accuracy
        for h in check_helpers(helpers, guard, zeros, fwd.zs[-1], fwd.activations[-1], c.y, loss, acc, c.x,
                               c.params, self.dtype):
            name, stage, v = h.name, h.stage, h.verdict
            label = {"cross_entropy_loss": "loss", "evaluate": "accuracy"}.get(name, name)
            if h.variant:
                self.items.append(Item(f"helper {name}", stage, False, f"{name}: {h.variant}", c.name,
                                       severity="warning"))
            elif v is None:
                self.fail(Item(f"helper {name}", stage, False, h.note, c.name))
                self.diagnose(Diagnosis("raised", [name], f"the helper {name} failed", h.note, "keep the notebook's "
                                        "signature for helpers", key=f"raised:{name}"), c.name)
            elif v.ok:
                self.items.append(Item(f"helper {name}", stage, True, f"agrees (max rel {v.max_rel:.1e})", c.name))
            else:
                self.fail(Item(f"helper {name}", stage, False, v.line(), c.name),
                          Mismatch(stage, 0, label, v.index, v.expected, v.got, c.name))
                code = "relu-gate" if name == "relu_derivative" else "forward-mismatch"
                what = {"relu_derivative": "relu_derivative is not (z > 0): ReLU'(0) must be 0 (exact zeros occur: "
                                           "dead units, zero biases)",
                        "cross_entropy_loss": "cross_entropy_loss differs from the notebook's clipped mean "
                                              "-log(clip(p_true, 1e-12, 1 - 1e-12))",
                        "evaluate": "evaluate's accuracy differs from the oracle's argmax accuracy"}.get(
                    name, f"the helper {name} differs from its definition")
                self.diagnose(Diagnosis(code, [name], what, v.line(), "compare the helper with its definition "
                                        "on arrays that contain exact zeros", key=f"helper:{name}"), c.name)

    def helpers_of_another_model(self) -> tuple[str, ...]:
        """The notebook's helpers whose definition is not the checked model's (a sigmoid network's ``relu``)."""
        return ((("relu", "relu_derivative") if self.spec.hidden != "relu" else ())
                + (("cross_entropy_loss",) if self.spec.loss != "cross_entropy" else ()))

    def trace(self, params: Params, x: np.ndarray, y: np.ndarray) -> None:
        """``steps`` re-synced steps on the notebook's batches: local error only, never amplified."""
        p, local, first_bad, n_bad = [(W.copy(), b.copy()) for W, b in params], [], None, 0
        # one oracle per step (the other agreed with it on every case): jax when listed, jitted for the shape
        primary = self.oracles.backends["jax" if "jax" in self.oracles.backends else self.oracles.primary]
        for s, xb, yb in trace_batches(x, y, self.opts.steps):
            try:
                st = self.model.step(p, xb, yb, self.opts.lr)
            except SubmissionError as exc:
                st = self._backward_alone(p, xb, yb, s)  # it may raise only on its own forward's wrong values
                if st is None:
                    self.raised(exc, "trace", s)
                    break
            expected = self.oracles.scaled(self.oracles.no_bias_grads([
                (np.asarray(a, np.float64), np.asarray(b, np.float64))
                for a, b in primary.loss_and_grads(self.oracles.held(p), xb, yb, self.spec)[1]]), len(xb), p)
            verdicts = self.judge_step(st, expected, p)
            local.append(max(v.max_rel for v in verdicts.values()))
            if not all(v.ok for v in verdicts.values()):
                n_bad += 1
                if first_bad is None:
                    first_bad = s
                    self.trace_failure(s, p, xb, yb, st, expected, verdicts)
            new = [(np.asarray(W, self.dtype), np.asarray(b, self.dtype)) for W, b in st.new_params]
            if not all(np.isfinite(W).all() and np.isfinite(b).all() for W, b in new):
                self.items.append(Item("trace", "update", False, f"parameters became non-finite at step {s}; "
                                       "trace stopped", "trace", s, severity="warning"))
                break
            p = new
        detail = (f"{len(local)} re-synced steps, local max rel error <= {max(local, default=0):.1e}" if first_bad
                  is None else f"{n_bad} of {len(local)} steps differ, first at step {first_bad}")
        item = Item("trace", "backward", first_bad is None, detail, "trace", first_bad or 0,
                    data={"local_max": [float(v) for v in local], "first_bad_step": first_bad})
        self.items.append(item)

    def _backward_alone(self, p, xb, yb, s: int):
        """The step with the oracle's forward values fed to backward, when the submission's forward differs
        (the cases said so); None when that raises too or the interface cannot take them."""
        if not any(c.name == "backward alone" for c in self.items):
            return None
        fwd = self.oracles.forward(p, xb)[self.oracles.primary]
        try:
            st = self.model.step(p, xb, yb, self.opts.lr, given=(fwd.zs, fwd.activations))
        except SubmissionError:
            return None
        if not any(c.name == "backward alone" and c.case == "trace" for c in self.items):
            self.items.append(Item("backward alone", "backward", True, "the trace steps with the oracle's forward "
                                   "values fed to backward (the submission's own forward differs)", "trace", s,
                                   severity="info"))
        return st

    def trace_failure(self, s: int, p, xb, yb, st, expected, verdicts) -> None:
        if s == 0 and any(not c.ok and c.case == "batch0" for c in self.items):
            return  # the same state and batch as case batch0: already reported
        fwd = self.oracles.forward(p, xb)[self.oracles.primary]
        f32 = (lambda: self.oracles.float32_forward(p, xb)) if self.dtype == np.float64 else None
        fr = check_forward(st.zs, st.activations, fwd, self.dtype, f"trace step {s}", f32, p, self.spec)
        if fr.bad:  # the forward pass differs only at this state (e.g. once the biases are no longer zero)
            v = fr.bad[0]
            self.fail(Item("forward", "forward", False, f"{len(fr.bad)} outputs differ; first {v.line()}", "trace", s),
                      Mismatch("forward", s, v.name, v.index, v.expected, v.got, "trace"))
            for d in fr.diagnoses:
                self.diagnose(d, "trace")
            try:
                st = self.model.step(p, xb, yb, self.opts.lr, given=(fwd.zs, fwd.activations))
                verdicts = self.judge_step(st, expected, p)
            except SubmissionError:
                return
            if all(v.ok for v in verdicts.values()):
                return
        diags = self.gradient_verdicts("trace", s, p, xb, yb, st, expected, verdicts, fwd)
        for d in diags:
            if d.code == "gradient-mismatch" and s > 0 and not fr.bad and not self.step0_failed_any():
                d = stateful_in_trace(d, s)
            self.diagnose(d, "trace")

    def step0_failed_any(self) -> bool:
        return any(not c.ok and c.severity == "fail" and c.step == 0 and c.stage in ("backward", "update")
                   for c in self.items)



def make_zeros(z: np.ndarray) -> np.ndarray:
    """A (rows, units) pre-activation sample with exact zeros, negatives and positives."""
    z = np.array(z[:8], np.float64, copy=True)
    z[:, ::3] = 0.0
    z[0] = 0.0
    return z
