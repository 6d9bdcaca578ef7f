"""The judge's handle on a submission: its worker process, and the model it exposes, validated.

:class:`Worker` starts :mod:`xval.reports.check.worker` (sandboxed, see
:mod:`xval.reports.check.sandbox`), sends requests over a socket pair that is
not the worker's stdout, and reads replies against the check's deadline. The
worker's stdout and stderr go to a pipe drained into a capped buffer: evidence
for a crash, never a verdict. A reply that does not arrive in time kills the
worker (:class:`~xval.reports.check.guard.SubmissionTimeout`); a worker that
dies or sends a malformed frame is :class:`WorkerCrashed`.

:class:`RemoteModel` has the interface of
:class:`xval.reports.check.adapter.UserModel` (``forward``, ``step``,
``fn.mode``, ``fn.helpers``), so the checks do not know where the submission
runs. It re-validates every reply (list lengths, shapes, numeric dtypes) and
derives the implied gradient ``(before - after) / lr`` itself from the
parameters the worker returns: the worker reports numbers, the judge does
the arithmetic that decides.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
from xval.impl.errors import InputError
from xval.reports.check import protocol
from xval.reports.check import sandbox as sb
from xval.reports.check.adapter import HELPERS, Step
from xval.reports.check.guard import SubmissionError, SubmissionTimeout
from xval.reports.check.layercheck import KINDS
from xval.reports.check.loading import sibling_modules

Params = list[tuple[np.ndarray, np.ndarray]]
OUTPUT_KEEP = 64 << 10
"""Bytes of the worker's own stdout/stderr kept as evidence (the rest is counted)."""
QUOTE_LIMIT = 1000
"""Longest text quoted from a submission in a report."""
_MUTATED = re.compile(r"^(x|y_true|[wb]\d{1,3}|zs\[\d{1,3}\]|activations\[\d{1,3}\])$")


ADAPTER = "adapter:"  # the forward name --adapter FILE is passed as (see xval.reports.check.styles.custom)
_LIVE: set[int] = set()
"""PIDs of the workers this process is running now (never killed as another worker's orphans)."""


class WorkerCrashed(Exception):
    """The worker ended, or broke the protocol, in the middle of a request."""


def quote(text: str, limit: int = QUOTE_LIMIT) -> str:
    """Text that came from the submission, cut to ``limit`` characters."""
    text = str(text)
    return text if len(text) <= limit else f"{text[:limit]}... [{len(text) - limit} more characters]"


@dataclass
class CheckPolicy:
    """How a submission is run: the sandbox, its limits, and what it may import."""

    sandbox: str = "auto"  # auto | bwrap | none
    require_sandbox: bool = False
    local_imports: bool = False
    forbid_autodiff: bool = False
    limits: sb.Limits = field(default_factory=sb.Limits)


class _Output:
    """The worker's stdout + stderr: the first OUTPUT_KEEP bytes kept, every byte counted."""

    def __init__(self, fd: int) -> None:
        self.head, self.total = bytearray(), 0
        self._thread = threading.Thread(target=self._drain, args=(fd,), daemon=True)
        self._thread.start()

    def _drain(self, fd: int) -> None:
        with os.fdopen(fd, "rb", buffering=0) as f:
            while chunk := f.read(1 << 16):
                self.total += len(chunk)
                if len(self.head) < OUTPUT_KEEP:
                    self.head += chunk[:OUTPUT_KEEP - len(self.head)]

    def text(self) -> str:
        self._thread.join(timeout=0.2)
        return self.head.decode("utf-8", "replace")


class Worker:
    """One submission's worker process and its channel."""

    def __init__(self, path: Path, mode: str, limits: sb.Limits, folder: bool = False,
                 extra: tuple[str, ...] = ()) -> None:
        self.path, self.mode, self.closed = path, mode, False
        self.cpu_seconds: float | None = None  # the worker's CPU time, measured by the judge at close
        self.deadline: float | None = None  # set when loading starts (see create)
        self.workdir = tempfile.mkdtemp(prefix="xval-worker-")
        self.sock, child = socket.socketpair()
        protocol.tune(self.sock)
        protocol.tune(child)
        out_r, out_w = os.pipe()
        argv = [sys.executable, "-I", "-B", "-m", "xval.reports.check.worker", str(child.fileno()),
                json.dumps(asdict(limits))]
        cmd = sb.command(mode, argv, path, self.workdir, folder, extra)
        if mode == "none":
            sb.become_subreaper()
        try:
            self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out_w, stderr=out_w,
                                         pass_fds=(child.fileno(),), env=sb.worker_env(self.workdir),
                                         cwd=self.workdir, start_new_session=True)
        except OSError as exc:
            shutil.rmtree(self.workdir, ignore_errors=True)
            os.close(out_r)
            self.sock.close()
            raise InputError(f"cannot start the submission's worker ({exc})") from None
        finally:
            child.close()
            os.close(out_w)
        self.output = _Output(out_r)
        self.started = sb.start_ticks(self.proc.pid)
        _LIVE.add(self.proc.pid)

    @classmethod
    def create(cls, path: Path, display: str, policy: CheckPolicy, timeout: float | None,
               forward: str = "") -> "Worker":
        """A worker for the submission at ``path`` (named ``display`` in messages), started in the policy's sandbox.

        ``timeout`` seconds are the submission's, from the moment :meth:`load` starts (the judge's own
        imports while the worker starts do not count). A ``forward`` of ``adapter:PATH`` (``--adapter``) makes
        that file visible in the sandbox too.
        """
        if not path.is_file():
            raise InputError(f"{display}: submission not found; expected a .py file or a .ipynb notebook")
        mode = sb.resolve_mode(policy.sandbox, policy.require_sandbox)
        limits = policy.limits
        if not limits.cpu_seconds and timeout is not None:  # a backstop: the deadline kills it first
            limits = sb.Limits(**{**asdict(limits), "cpu_seconds": int(timeout) + 10})
        extra = (forward[len(ADAPTER):],) if forward.startswith(ADAPTER) else ()
        worker = cls(path, mode, limits, folder=policy.local_imports, extra=extra)
        worker.display, worker.local_imports, worker.timeout = display, policy.local_imports, timeout
        return worker

    def load(self, forward: str, backward: str | None) -> LoadInfo:
        """Load the submission in the worker and find its functions; an unusable file is an InputError.

        The submission's time starts here.
        """
        self.deadline = None if self.timeout is None else time.monotonic() + self.timeout
        try:
            reply = self.request("load", "loading the submission", path=str(self.path.resolve()),
                                 display=self.display, forward=forward, backward=backward,
                                 local_imports=self.local_imports, siblings=sibling_modules(self.path))
        except SubmissionError as exc:  # reading its interface failed in a way xval did not foresee: exit 2, said
            raise InputError(f"{self.display}: xval could not read this file's interface ({exc}); that is a limit "
                             "of xval's reading, not a verdict on the file: name the functions with --forward/"
                             "--backward, or wrap them with --adapter FILE (README: Adapters)") from None
        mode = reply.get("mode") if reply.get("mode") in ("in-place", "gradients") else "in-place"
        unbound = reply.get("unbound") if isinstance(reply.get("unbound"), dict) else {}
        depth = reply.get("depth")
        counts = reply.get("sample_counts") if isinstance(reply.get("sample_counts"), dict) else {}
        sizes = reply.get("sizes")
        return LoadInfo(Path(self.display), quote(reply.get("describe", ""), 300), mode,
                        quote(reply.get("backward_name", "backward"), 80),
                        [h for h in _strings(reply.get("helpers")) if h in HELPERS], _strings(reply.get("warnings")),
                        _strings(reply.get("skipped")), _strings(reply.get("missing_modules")),
                        {quote(k, 80): quote(v) for k, v in list(unbound.items())[:200] if isinstance(v, str)},
                        quote(reply.get("interface") or "", 800),  # the read-as line: long for a class read in detail
                        reply.get("labels") if reply.get("labels") in ("one-hot", "integers") else None,
                        depth if isinstance(depth, int) and not isinstance(depth, bool) and 1 <= depth <= 64 else None,
                        {quote(k, 40): quote(v) for k, v in list(counts.items())[:8] if isinstance(v, str)},
                        sizes if isinstance(sizes, list) and 2 <= len(sizes) <= 65 and all(
                            isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= 100_000 for n in sizes)
                        else None,
                        [v for v in _strings(reply.get("layers")) if v in KINDS], _layer_names(reply.get("layer_names")),
                        _biases(reply.get("biases")), self._rate(reply),
                        _model_read(reply.get("model_read")), reply.get("own_loss") is True,
                        reply.get("per_sample") is True, _positive(reply.get("update_rate")),
                        reply.get("columns") is True, reply.get("fixed_widths") is True,
                        quote(reply.get("short_batch"), 40) if isinstance(reply.get("short_batch"), str) else "",
                        _identifier(reply.get("loss_scope")), _loss_measured(reply.get("loss_measured")),
                        quote(reply.get("model_from"), 200) if isinstance(reply.get("model_from"), str) else "",
                        [v for v in _strings(reply.get("off_path")) if v in KINDS],
                        _identifier(reply.get("forward_name")), _identifier(reply.get("loss_layer")),
                        reply.get("model_read_scaled") is True)

    def _rate(self, reply: dict) -> float | None:
        """The fixed rate the worker says the file steps at: 1 (an update with no rate), or a number the file's
        step method writes itself, which the grader reads again from the file's text (a rate no code of the file
        writes is dropped: it would rescale every gradient)."""
        rate = _positive(reply.get("rate"))
        if rate is None or rate == 1.0:
            return rate
        from xval.reports.check.family import written_rate  # (the grader's own reading of the text)

        backward = reply.get("backward_name")
        return rate if isinstance(backward, str) and written_rate(self.path, backward) == rate else None

    def summary(self) -> dict:
        """The worker's own account of what the submission printed, replaced and imported ({} if it is gone)."""
        if self.closed or self.proc.poll() is not None:
            return {}
        try:
            return self.request("summary", "the summary")
        except (SubmissionError, SubmissionTimeout, WorkerCrashed, InputError):
            return {}

    def request(self, op: str, what: str, **fields) -> dict:
        """Send one request and return the reply's fields; the submission's own failure is SubmissionError."""
        try:
            self.sock.settimeout(None if self.deadline is None else max(self.deadline - time.monotonic(), 1e-3))
            protocol.send(self.sock, {"op": op, **fields})
            reply = protocol.recv(self.sock, self.deadline, alive=lambda: self.proc.poll() is None)
        except (protocol.Deadline, TimeoutError, socket.timeout):
            self.close()
            raise SubmissionTimeout(f"{what} did not finish within the time limit") from None
        except (protocol.ProtocolError, OSError) as exc:
            raise WorkerCrashed(self._crash_message(what, exc)) from None
        if not isinstance(reply, dict) or not isinstance(reply.get("ok"), bool):
            raise WorkerCrashed(self._crash_message(what, protocol.ProtocolError("a reply that is not a result")))
        if reply["ok"]:
            return reply
        err = reply.get("error") if isinstance(reply.get("error"), dict) else {}
        message = quote(err.get("message", "failed"))
        if err.get("kind") == "unusable":
            raise InputError(message)
        reshaped = err.get("reshaped")
        reshaped = reshaped if isinstance(reshaped, str) and _MUTATED.match(reshaped) else None
        fn = err.get("function") if isinstance(err.get("function"), str) else op
        raise SubmissionError(fn[:80], message.split(": ", 1)[1] if message.startswith(f"{fn}: ") else message,
                              reshaped)

    def _crash_message(self, what: str, exc: Exception) -> str:
        try:
            code = self.proc.wait(timeout=1)  # its own exit status, not the one our kill would give it
        except subprocess.TimeoutExpired:
            code = None
        self.close()
        code = self.proc.returncode if code is None else code
        why = "ended" if isinstance(exc, protocol.ChannelClosed) else f"broke the protocol ({exc})"
        printed = self.output.text().strip()
        last = quote(printed[-400:], 400) if printed else "(nothing)"
        return (f"the submission's process {why} during {what} (exit status {code}); its last output, "
                f"{self.output.total} bytes in all: {last!r}")

    def close(self) -> None:
        """Kill the worker and everything it started; remove its working directory (once)."""
        if self.closed:
            return
        self.closed = True
        self.cpu_seconds = sb.tree_cpu_seconds(self.proc.pid)
        if self.mode == "none":
            sb.kill_tree(self.proc.pid, self.started, spare=_LIVE - {self.proc.pid})
        elif self.proc.poll() is None:
            self.proc.kill()  # bwrap: --die-with-parent takes the whole PID namespace with it
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        _LIVE.discard(self.proc.pid)
        self.sock.close()
        shutil.rmtree(self.workdir, ignore_errors=True)


@dataclass
class LoadInfo:
    """What loading the submission found (the worker's account, validated)."""

    path: Path
    describe: str
    mode: str
    backward_name: str
    helpers: list[str]
    warnings: list[str]
    skipped: list[str]
    missing_modules: list[str]
    unbound: dict[str, str]
    interface: str = ""  # the "read as" line
    labels: str | None = None  # how labels are passed to another style ("one-hot", "integers"), None: the notebook's
    depth: int | None = None  # the number of layers the interface itself fixes, if any
    sample_counts: dict[str, str] = field(default_factory=dict)  # global set to the batch size -> where and who
    sizes: list[int] | None = None  # the layer sizes of a model that builds its own layers
    layers: list[str] = field(default_factory=list)  # layer functions the worker can call one by one
    layer_names: dict[str, tuple[str, str]] = field(default_factory=dict)  # layer -> its class's (forward, backward)
    biases: bool | tuple[bool, ...] = True  # False: its layers have no biases (xval holds them at zero); a
    # tuple: which layers have one
    rate: float | None = None  # 1.0: its in-place update has no learning rate (``self.W1 += dW1``); a number its
    # step writes itself (``learningRate = 0.001``, read again from the file: Worker._rate); else None
    model_read: tuple | None = None  # (hidden list, output, loss) read from the loss a cost function returns
    own_loss: bool = False  # the style composes the file's layers with xval's softmax cross-entropy: not its loss
    per_sample: bool = False  # it steps, or runs its forward, on one sample at a time (a batch's step: their mean)
    update_rate: float | None = None  # the constant rate its own update is written with (W -= 1e-4 * dW), if any
    columns: bool = False  # it holds samples as columns: its loss's len(y) counts the outputs
    fixed_widths: bool = False  # its parameters' layout fixes its sizes (a packed vector): no other widths to try
    short_batch: str = ""  # the mini-batch size a step can be given above the batch's rows (a short last batch)
    loss_scope: str = ""  # the function the step runs the body of: of several inline losses, the one in it is read
    loss_measured: tuple[float, bool, str] | None = None  # its loss layer's value as a multiple of cross-entropy
    model_from: str = ""  # where the model was read when the forward run is xval's own (written for its derivatives)
    off_path: list[str] = field(default_factory=list)  # layers whose backward the network never calls: judged alone
    # as warnings (a forged list only drops layer checks, as leaving them out of ``layers`` would; the composed
    # network's gradient is judged all the same)
    forward_name: str = ""  # its forward function's name (a function style): the identity-output reading skips it
    loss_layer: str = ""  # the file's cross-entropy loss layer class its layers are composed with (layer objects)
    model_read_scaled: bool = False  # model_read came from a conventional multiple of a loss (a class's loss(X, y)):
    # only its hidden units and output are taken, the loss and its constant from the file's code (a forged True
    # only chooses which of the file's own readings is judged)


def _biases(value) -> bool | tuple[bool, ...]:
    """The worker's word on the biases: False (none), a list of one bool per layer (some have none: the bias trick
    on the input alone), else True. A forged reply can only hold some of xval's biases at zero, as a file without
    them has: each layer's weights are still judged against the oracles'."""
    if value is False:
        return False
    if isinstance(value, list) and 1 <= len(value) <= 64 and all(v is True or v is False for v in value) \
            and not all(value):
        return tuple(value) if any(value) else False
    return True


def _identifier(value) -> str:
    """A Python identifier from the worker (a function's name), else ""."""
    return value if isinstance(value, str) and len(value) <= 80 and value.isidentifier() else ""


def _loss_measured(value) -> tuple[float, bool, str] | None:
    """The worker's (coef, summed over the batch, how) for a loss layer measured as a multiple of xval's
    cross-entropy: the coefficient one of the log bases' (:data:`family.LOGS`), else None. A forged reply can
    only pick among those multiples (xval's own among them), each a loss the file's own gradient must then be right
    for."""
    from xval.reports.check.family import LOGS
    if not (isinstance(value, list) and len(value) == 3 and isinstance(value[1], bool) and isinstance(value[2], str)
            and isinstance(value[0], float)):
        return None
    coef = next((c for c in LOGS.values() if abs(c - value[0]) < 1e-12), None)
    return None if coef is None else (coef, value[1], quote(value[2], 200))


def _positive(value) -> float | None:
    """A finite positive number from the worker, else None."""
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) and \
        0 < value < float("inf") else None


def _model_read(value) -> tuple | None:
    """The worker's (hidden activations, output, loss) reading, validated (None when absent or malformed)."""
    from xval.impl.spec import LOSSES, OUTPUTS
    if not (isinstance(value, list) and len(value) == 3 and isinstance(value[0], list)):
        return None
    hidden, output, loss = value
    if output not in OUTPUTS or loss not in LOSSES or not all(isinstance(h, str) and len(h) < 40 for h in hidden):
        return None
    return [quote(h, 40) for h in hidden], output, loss


def _layer_names(value) -> dict[str, tuple[str, str]]:
    """{layer: (forward, backward)} as the worker named a file's layer classes (anything else dropped)."""
    if not isinstance(value, dict):
        return {}
    return {k: (quote(v[0], 80), quote(v[1], 80)) for k, v in value.items() if k in KINDS
            and isinstance(v, (list, tuple)) and len(v) == 2 and all(isinstance(n, str) for n in v)}


def _strings(value, limit: int = 200) -> list[str]:
    return [quote(v) for v in value[:limit] if isinstance(v, str)] if isinstance(value, list) else []


class RemoteFunctions:
    """The parts of :class:`xval.reports.check.adapter.Functions` the checks use, backed by a worker."""

    def __init__(self, info: LoadInfo, worker: Worker) -> None:
        self.mode, self.backward_name, self._describe = info.mode, info.backward_name, info.describe
        self.interface = info.interface
        self.model_read = info.model_read
        self.own_loss = info.own_loss
        self.per_sample = info.per_sample
        self.columns = info.columns
        self.loss_scope = info.loss_scope
        self.forward_name = info.forward_name
        self.loss_layer = info.loss_layer
        self.loss_measured = info.loss_measured
        self.model_read_scaled = info.model_read_scaled
        self.model_from = info.model_from
        self.helpers = {name: _RemoteHelper(worker, name) for name in info.helpers}

    def describe(self) -> str:
        return self._describe


class _RemoteHelper:
    def __init__(self, worker: Worker, name: str) -> None:
        self.worker, self.name = worker, name

    def __call__(self, *args):
        reply = self.worker.request("helper", f"the helper {self.name}", name=self.name, args=list(args))
        value = reply.get("value")
        if not isinstance(value, np.ndarray):
            raise SubmissionError(self.name, "returned something that is not numbers")
        return value


class ParentGuard:
    """Calls made from the judge: the worker applies the real guard; this only passes the call through."""

    def call(self, name: str, fn, *args):
        return fn(*args)


class RemoteModel:
    """The submission behind xval's params format, running in its worker (see the module docstring)."""

    def __init__(self, worker: Worker, info: LoadInfo) -> None:
        self.worker = worker
        self.fn = RemoteFunctions(info, worker)
        self.labels = info.labels
        self.layers = list(info.layers)
        self.rate = info.rate
        self.update_rate = info.update_rate
        self.fixed_widths = info.fixed_widths
        self.short_batch = info.short_batch
        self.layer_names = dict(info.layer_names)
        self.off_path = list(info.off_path)

    def judge_with(self, output: str, loss: str, coef: float, output_mean: bool, batch_sum: bool = False,
                   reg: float = 0.0) -> None:
        """Tell the worker the model the check judges (see the worker's ``judged`` request)."""
        self.worker.request("judged", "the model judged", output=output, loss=loss, coef=float(coef),
                            output_mean=bool(output_mean), batch_sum=bool(batch_sum), reg=float(reg))

    def layer(self, layer: str, args: list) -> dict[str, np.ndarray]:
        """One layer function's outputs and input gradients (see the worker's ``layer`` request)."""
        reply = self.worker.request("layer", f"the {layer} layer", layer=layer, args=list(args))
        values = reply.get("values")
        if not isinstance(values, dict) or not all(isinstance(v, np.ndarray) for v in values.values()):
            raise SubmissionError(layer, "the worker's reply did not hold the layer's values")
        return values

    def forward(self, params: Params, x: np.ndarray):
        reply = self.worker.request("forward", "forward", params=[[W, b] for W, b in params], x=x)
        zs, acts = self._outputs(params, reply, "forward", x)
        return zs, acts, _mutated(reply)

    def step(self, params: Params, x: np.ndarray, y: np.ndarray, lr: float, given=None, lone: bool = False,
             nominal: int | None = None) -> Step:
        """One step on (x, y); ``lone``: a batch of one sample passed as a vector (see Checks.lone_sample);
        ``nominal``: the mini-batch size its loop asks for, above the rows of x (see Checks.short_batch)."""
        name = self.fn.backward_name
        reply = self.worker.request("step", name, params=[[W, b] for W, b in params], x=x, y=y, lr=float(lr),
                                    given=None if given is None else [list(given[0]), list(given[1])],
                                    lone=bool(lone), nominal=None if nominal is None else int(nominal))
        zs, acts = self._outputs(params, reply, name, x)
        if self.fn.mode == "gradients":
            grads = _pairs(reply.get("grads"), params, name, "grads", np.float64)
            new = [(W - lr * dW, b - lr * db) for (W, b), (dW, db) in zip(params, grads)]
            return Step(zs, acts, new, grads, _mutated(reply))
        new = _pairs(reply.get("new_params"), params, name, "parameters after the step", None)
        f64, rate = np.float64, self.rate or lr  # the file's own rate of 1 when its update has none
        implied = [((W.astype(f64) - W2.astype(f64)) / rate, (b.astype(f64) - b2.astype(f64)) / rate)
                   for (W, b), (W2, b2) in zip(params, new)]
        return Step(zs, acts, new, implied, _mutated(reply))

    @staticmethod
    def _outputs(params: Params, reply: dict, fn: str, x: np.ndarray):
        L = len(params)
        zs, acts = reply.get("zs"), reply.get("activations")
        if isinstance(acts, list) and acts and reply.get("input_kept") is True:  # the input, unchanged: not sent
            acts = [x, *acts[1:]]
        # None: a value the submission's interface does not expose (the judging side skips it)
        if not (isinstance(zs, list) and isinstance(acts, list) and len(zs) == L and len(acts) == L + 1
                and all(a is None or isinstance(a, np.ndarray) for a in zs + acts)):
            raise SubmissionError(fn, "the worker's reply did not hold the layer outputs")
        return zs, acts


def _pairs(value, params: Params, fn: str, what: str, dtype) -> Params:
    if not isinstance(value, list) or len(value) != len(params):
        raise SubmissionError(fn, f"the worker's reply did not hold {len(params)} pairs of {what}")
    out = []
    for i, ((W, b), pair) in enumerate(zip(params, value), start=1):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(a, np.ndarray) for a in pair)):
            raise SubmissionError(fn, f"the worker's reply did not hold layer {i}'s {what}")
        W2, b2 = pair
        if W2.shape != W.shape or b2.shape != b.shape:
            raise SubmissionError(fn, f"{what} of layer {i} have shapes {W2.shape}, {b2.shape}; expected "
                                  f"{W.shape}, {b.shape}", f"w{i}" if W2.shape != W.shape else f"b{i}")
        out.append((W2 if dtype is None else W2.astype(dtype), b2 if dtype is None else b2.astype(dtype)))
    return out


def _mutated(reply: dict) -> list[str]:
    value = reply.get("mutated")
    return [m for m in value if isinstance(m, str) and _MUTATED.match(m)] if isinstance(value, list) else []


def explain(path: Path, forward: str, backward: str | None, policy: CheckPolicy,
            timeout: float | None) -> tuple[str, bool]:
    """``xval check --explain``: every interface style considered for the file, read in its worker, and whether
    one fits."""
    worker = Worker.create(Path(path), str(path), policy, timeout, forward)
    try:
        worker.deadline = None if timeout is None else time.monotonic() + timeout
        reply = worker.request("explain", "explaining the file", path=str(Path(path).resolve()), display=str(path),
                               forward=forward, backward=backward, local_imports=policy.local_imports,
                               siblings=sibling_modules(path))
        return quote(reply.get("text", ""), 20000), isinstance(reply.get("chosen"), str)
    finally:
        worker.close()
