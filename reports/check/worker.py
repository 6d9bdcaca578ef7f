"""The submission side of ``xval check``: load one file and call it, in a process of its own.

``python -I -B -m xval.reports.check.worker FD LIMITS_JSON`` is started by
:mod:`xval.reports.check.remote`, inside the sandbox of
:mod:`xval.reports.check.sandbox`. It sets its resource limits, then answers
requests on the socket ``FD`` (:mod:`xval.reports.check.protocol`) until the
judge closes it:

=========  ===================================================  ==========================================
request    fields                                               reply (``ok`` true)
=========  ===================================================  ==========================================
load       path, display, forward, backward, local_imports      what was found (the "read as" line, how
                                                                labels are passed, a depth the interface
                                                                fixes) and what loading printed
explain    the same fields                                      text: every style considered, and why
forward    params, x                                            zs, activations, mutated
step       params, x, y, lr, given (None or [zs, activations]), zs, activations, mutated, and new_params
           lone (a sample as a vector), nominal (a mini-batch   (in-place mode) or grads (gradients mode)
           size above the rows of x: a short last batch)
helper     name, args                                           value (an array)
layer      layer ("affine", "relu", "softmax_loss"), args       values: that layer's outputs and input
                                                                gradients (CS231n layer functions only)
summary                                                         printed characters, numpy names restored,
                                                                autodiff modules imported
=========  ===================================================  ==========================================

A failure is ``{"ok": false, "error": {"kind": "submission" | "unusable", ...}}``.
Nothing here judges: the oracles, the expected values and the verdict live
in the judge's process, which treats every reply as untrusted numbers.
"""

from __future__ import annotations

import json
import re
import resource
import socket
import sys

import numpy as np
from xval.impl.errors import InputError
from xval.reports.check import adapter as ad
from xval.reports.check import protocol
from xval.reports.check.guard import XvalLimit, Guard, SubmissionError
from xval.reports.check.loading import load_submission, users_of
from xval.reports.check.policy import AUTODIFF
from xval.reports.check.sandbox import Limits, apply_limits
from xval.reports.check.styles import explain, fixed_depth, fixed_sizes
from xval.reports.check.styles.base import PROBE_BATCH

TEXT_LIMIT = 2000
LAYERS = ["affine", "relu", "softmax_loss"]  # checked one by one where the file defines layer functions


def _read_by(loaded, names: dict[str, str]) -> dict[str, tuple[str, list[str]]]:
    """``{name: (where it is set, the file's functions that read it)}`` for the names some function reads."""
    read = {n: (why, users_of(loaded, n)) for n, why in names.items()}
    return {n: v for n, v in read.items() if v[1]}


def _names(raw) -> list[str] | None:
    """The judge's list of module names (the submission's folder, which the sandbox hides), or None."""
    if not isinstance(raw, list):
        return None
    return [n for n in raw[:5000] if isinstance(n, str) and n.isidentifier()]


def _params(raw) -> list[tuple[np.ndarray, np.ndarray]]:
    return [(W, b) for W, b in raw]


class Session:
    """One submission, loaded once, called per request."""

    def __init__(self) -> None:
        self.guard = Guard()
        self.model: ad.UserModel | None = None
        self.namespace: dict = {}
        self.batch_globals: list[str] = []  # globals set to each call's batch size (see load)
        self.skipped_binds: dict[str, str] = {}

    def load(self, req: dict) -> dict:
        loaded = load_submission(req["path"], display=req["display"], local_imports=req["local_imports"],
                                 siblings=_names(req.get("siblings")))
        if loaded.printed:
            self.guard.output.write(loaded.printed)
        # a global sample count set by skipped data loading (m, n = data.shape) and read by the file's functions:
        # set to each call's batch size, so the rest is checked; the judge reports the global itself as a bug
        counts = _read_by(loaded, loaded.sample_counts)
        # a batch size its own training loop sets per batch (m_batch = end - begin) and its functions read: each
        # call's batch size too, and no bug (said as what xval assumed)
        per_batch = _read_by(loaded, {n: why for n, why in loaded.loop_batch_counts.items()
                                      if n not in loaded.namespace and n not in counts})
        # a constant its training loop draws its batches by (batch_size = 32, then next_batch(batch_size)) and its
        # functions divide by: each call's batch size, as each of its batches has that many rows (said as assumed)
        drawn = _read_by(loaded, {n: why for n, why in loaded.batch_constants.items()
                                  if n not in counts and n not in per_batch})
        self.namespace, self.batch_globals = loaded.namespace, [*counts, *per_batch, *drawn]
        self.skipped_binds.clear()  # names only top-level code xval does not run sets (a training loop's m_batch)
        self.skipped_binds.update({n: why for n, why in loaded.skipped_binds.items() if n not in loaded.namespace
                                   and n not in counts and n not in per_batch})
        if "*" in loaded.unbound:  # `from helpers import *` of a module that is not there: any name may be its
            self.skipped_binds["*"] = loaded.unbound["*"]
        # `from sklearn.metrics import mean_squared_error` of a module that is not installed: a name it would give
        self.skipped_binds.update({n: why for n, why in loaded.unbound.items() if n != "*" and why.startswith(
            "module ") and n not in loaded.namespace})
        self._batch(PROBE_BATCH)
        fns = ad.resolve(loaded, req["forward"], req["backward"])
        if getattr(fns, "style", "") == "script":  # a script's counts of its own data are its own (set per step)
            counts, per_batch, drawn, self.batch_globals = {}, {}, {}, []
        self.model = ad.UserModel(fns, self.guard)
        layout = getattr(fns, "layout", None)
        labels = None if layout is None else "one-hot" if layout.onehot else "integers"
        return {"describe": fns.describe(), "mode": fns.mode, "backward_name": fns.backward_name,
                "helpers": list(fns.helpers), "skipped": loaded.skipped,
                "warnings": [*loaded.warnings, *getattr(fns, "style_warnings", []), *(
                    f"`{n}` is set per batch by top-level code xval does not run ({why}) and read by "
                    f"{', '.join(users)}: bound to each call's batch size" for n, (why, users) in per_batch.items()), *(
                    f"`{n}` ({why}) is the size the file's training loop draws its batches by, and is read by "
                    f"{', '.join(users)}: bound to each call's batch size (right while every batch is full; a last, "
                    "shorter batch would need its own count)" for n, (why, users) in drawn.items())],
                "missing_modules": loaded.missing_modules, "unbound": loaded.unbound,
                "interface": getattr(fns, "interface", ""), "labels": labels, "depth": fixed_depth(fns), "sizes": fixed_sizes(fns),
                "biases": _biases_word(getattr(fns, "biases", True)), "rate": getattr(fns, "fixed_rate", None),
                "update_rate": getattr(fns, "update_rate", None),
                "layers": getattr(fns, "layer_kinds", LAYERS) if hasattr(fns, "layer_call") else [],
                "layer_names": {k: list(v) for k, v in getattr(fns, "layer_names", {}).items()},
                "off_path": list(getattr(fns, "off_path", [])),
                "model_read": list(getattr(fns, "model_read", None) or []),
                "own_loss": bool(getattr(fns, "own_loss", False)),
                "loss_measured": list(getattr(fns, "loss_measured", None) or []),
                "model_from": getattr(fns, "model_from", "") or "",
                "columns": getattr(fns, "columns", False) is True,
                "loss_scope": getattr(fns, "loss_scope", "") or "",
                "loss_layer": getattr(fns, "loss_layer", "") or "",
                "model_read_scaled": getattr(fns, "model_read_scaled", False) is True,
                "forward_name": getattr(fns, "forward_name", "") or "",
                "fixed_widths": getattr(fns, "packing", None) is not None,
                "short_batch": getattr(fns, "short_batch", "") or "",
                "per_sample": any(getattr(fns, a, False) is True for a in ("per_sample", "sample_forward",
                                                                           "column_stack", "sample_step")),
                "sample_counts": {n: f"{why}; read by {', '.join(users)}" for n, (why, users) in counts.items()}}

    def _batch(self, size: int) -> None:
        for name in self.batch_globals:
            self.namespace[name] = size

    def explain(self, req: dict) -> dict:
        loaded = load_submission(req["path"], display=req["display"], local_imports=req["local_imports"],
                                 siblings=_names(req.get("siblings")))
        text, chosen = explain(loaded, req["forward"], req["backward"])
        return {"text": text, "chosen": chosen}

    def forward(self, req: dict) -> dict:
        self._batch(len(req["x"]))
        zs, acts, mutated = self.model.forward(_params(req["params"]), req["x"])
        return {"zs": zs, **_activations(acts, req["x"]), "mutated": mutated}

    def step(self, req: dict) -> dict:
        self._batch(len(req["x"]))
        given = req["given"]
        layout = getattr(self.model.fn, "layout", None)
        kept = getattr(layout, "lone", False)  # (a style that reads every sample as a vector keeps it so)
        if req.get("lone"):  # one sample passed as a vector (the judge's retry: Checks.lone_sample)
            if layout is None:
                raise SubmissionError(self.model.fn.backward_name, "this interface takes no sample as a vector")
            layout.lone = True
        nominal = req.get("nominal")
        if nominal is not None:  # the mini-batch size asked for, above the batch's rows (Checks.short_batch)
            if not getattr(self.model.fn, "short_batch", ""):
                raise SubmissionError(self.model.fn.backward_name, "this interface has no mini-batch size to set")
            self.model.fn.nominal = int(nominal)
        try:
            st = self.model.step(_params(req["params"]), req["x"], req["y"], req["lr"],
                                 given=None if given is None else (given[0], given[1]))
        finally:
            if layout is not None:
                layout.lone = kept
            if nominal is not None:
                self.model.fn.nominal = None
        out = {"zs": st.zs, **_activations(st.activations, req["x"]), "mutated": st.mutated}
        if self.model.fn.mode == "gradients":
            out["grads"] = [list(g) for g in st.implied]
        else:
            out["new_params"] = [[np.asarray(W), np.asarray(b)] for W, b in st.new_params]
        return out

    def judged(self, req: dict) -> dict:
        """The model the check judges (output, loss, the file's MSE multiple): what a backward that takes the loss's
        gradient from outside is given (:meth:`~xval.reports.check.styles.base.StyleModel.upstream`)."""
        judge_with = getattr(self.model.fn, "judge_with", None)
        if judge_with is not None:
            judge_with(req["output"], req["loss"], req["coef"], req["output_mean"], req.get("batch_sum", False),
                       float(req.get("reg", 0.0)))
        return {}

    def layer(self, req: dict) -> dict:
        """One layer function on its own (CS231n style), in xval's layout."""
        call = getattr(self.model.fn, "layer_call", None)
        if call is None:
            raise SubmissionError(req["layer"], "this interface has no layer functions")
        values = call(req["layer"], req["args"])
        return {"values": {k: np.asarray(v, np.float64) for k, v in values.items()}}

    def helper(self, req: dict) -> dict:
        name = req["name"]
        fn = self.model.fn.helpers[name]
        value = self.guard.call(name, fn, *req["args"])
        try:
            arr = np.asarray(value, np.float64)
        except (TypeError, ValueError):
            raise SubmissionError(name, f"returned {type(value).__name__}, not numbers") from None
        return {"value": arr}

    def summary(self, req: dict) -> dict:
        out = self.guard.output
        return {"printed_total": out.total, "printed_head": out.getvalue()[:200], "restored": self.guard.restored,
                "autodiff": sorted({m.split(".")[0] for m in sys.modules if m.split(".")[0] in AUTODIFF}),
                "cpu_seconds": _cpu_seconds()}


def _biases_word(biases) -> bool | list[bool]:
    """A style's ``biases`` for the reply: True, False, or one bool per layer."""
    if isinstance(biases, (tuple, list)):
        return [bool(b) for b in biases]
    return biases is not False


def _cpu_seconds() -> float:
    """This worker's CPU time so far (user + system; the benchmark's share of a check, never a verdict)."""
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def _activations(acts: list, x: np.ndarray) -> dict:
    """The reply's activations, without ``acts[0]`` when it is exactly the ``x`` the judge sent (it has it)."""
    a0 = acts[0]
    same = a0 is not None and np.shape(a0) == x.shape and np.asarray(a0).dtype == x.dtype and np.array_equal(a0, x)
    return {"activations": [None, *acts[1:]], "input_kept": True} if same else {"activations": list(acts)}


NOT_DEFINED = re.compile(r"[^:]*: raised NameError: name '(\w+)' is not defined \(")
"""A guarded call's message for a name never defined (guard.Guard.call). A file that forged one for a name only its
skipped code sets would only make itself unusable, which scores 0, as a failure scores at most."""


def _error(exc: BaseException, skipped: dict | None = None) -> dict:
    named = NOT_DEFINED.match(str(exc)) if type(exc) is SubmissionError and skipped else None
    if named and named.group(1) not in skipped and "*" in skipped:  # a star import that failed may have set it
        return {"kind": "unusable", "message": (f"{exc}: `{named.group(1)}` may come from a module that is not "
                                                f"installed ({skipped['*']}); install it, or define the name in the "
                                                "file")[:TEXT_LIMIT]}
    if named and skipped.get(named.group(1), "").startswith("module "):  # the grader's machine lacks its module
        return {"kind": "unusable", "message": (f"{exc}: `{named.group(1)}` comes from a module that is not "
                                                f"installed here ({skipped[named.group(1)]}); install it, or define "
                                                "the name in the file")[:TEXT_LIMIT]}
    if named and named.group(1) in skipped:  # xval did not run the code that sets it: not the file's error
        return {"kind": "unusable", "message": (f"{exc}: `{named.group(1)}` is set only by top-level code xval does "
                                                f"not run ({skipped[named.group(1)]}); pass it as an argument, or "
                                                "wrap the functions with --adapter FILE (README: Adapters)")[:TEXT_LIMIT]}
    if isinstance(exc, InputError):
        return {"kind": "unusable", "message": str(exc)[:TEXT_LIMIT]}
    if isinstance(exc, XvalLimit):  # xval's limit: the file is not one it can check, not a failing one
        return {"kind": "unusable", "message": (f"{exc}: xval cannot call it as this interface needs; --adapter FILE "
                                                "wraps it (README: Adapters)")[:TEXT_LIMIT]}
    if isinstance(exc, SubmissionError):
        return {"kind": "submission", "function": exc.function, "message": str(exc)[:TEXT_LIMIT],
                "reshaped": exc.reshaped}
    return {"kind": "submission", "function": "?", "message": f"{type(exc).__name__} in the worker"[:TEXT_LIMIT],
            "reshaped": None}


def serve(sock: socket.socket) -> None:
    session = Session()
    handlers = {"load": session.load, "explain": session.explain, "forward": session.forward, "step": session.step,
                "helper": session.helper, "layer": session.layer, "judged": session.judged, "summary": session.summary}
    send, recv, skipped = protocol.send, protocol.recv, session.skipped_binds  # bound before any submitted code runs

    def error(exc: BaseException) -> dict:
        return _error(exc, skipped)
    while True:
        try:
            req = recv(sock)
        except protocol.ChannelClosed:
            return
        try:
            reply = {"ok": True, **handlers[req["op"]](req)}
        except BaseException as exc:  # noqa: BLE001 - the submission's failure is a reply, never the end
            reply = {"ok": False, "error": error(exc)}
        send(sock, reply)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    fd, limits = int(argv[0]), Limits(**json.loads(argv[1]))
    sock = socket.socket(fileno=fd)
    apply_limits(limits)
    serve(sock)
    return 0


if __name__ == "__main__":
    sys.exit(main())
