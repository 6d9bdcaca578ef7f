"""The submission can influence only the numbers it returns: the hostile corpus (tests/hostile.py) against isolation.

Every test here failed before the worker split and the sandbox (the
submission ran in xval's own process with its folder on sys.path, no
limits, and the verdict read from the worker's stdout in batch mode). Each
runs the short check (one case, no trace) in-process, so the judge is the
test process and the oracles load once.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import uuid

import numpy as np
import pytest
from xval.reports.check import CheckOptions, check_submission, protocol
from xval.reports.check.inputs import load_inputs
from xval.reports.check.remote import CheckPolicy
from xval.reports.check.sandbox import TMPFS_BYTES, Limits, bwrap_path, sized_tmpfs

from tests import hostile

HAVE_BWRAP = bwrap_path() is not None
MODES = ["none", pytest.param("bwrap", marks=pytest.mark.skipif(not HAVE_BWRAP, reason="bubblewrap not usable"))]
TIMEOUT = 20.0


@pytest.fixture(scope="module")
def inputs():
    return load_inputs(None, None, None, steps=0)


def check(path, inputs, sandbox="auto", timeout=TIMEOUT, **policy):
    limits = policy.pop("limits", Limits())
    opts = CheckOptions(steps=0, cases=("batch0",), timeout=timeout, oracles=("torch",),
                        policy=CheckPolicy(sandbox=sandbox, limits=limits, **policy))
    return check_submission(path, *inputs, options=opts)


def everything_said(report) -> str:
    return json.dumps(report.to_json()) + report.text(verbose=True) + json.dumps(report.csv_row())


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_the_correct_base_passes_and_the_wrong_one_is_caught(tmp_path, inputs):
    """The two bases the attacks build on: without an attack, the verdicts are the honest ones."""
    assert check(write(tmp_path, "good.py", hostile.correct_base()), inputs).status == "ok"
    r = check(write(tmp_path, "bad.py", hostile.wrong_base()), inputs)
    assert r.status == "mismatch" and "scaled-gradient" in [d.code for d in r.diagnosis]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("attack", sorted(hostile.VERDICT_ATTACKS))
def test_a_wrong_gradient_is_never_ok_whatever_the_file_does(tmp_path, inputs, attack, mode):
    path = write(tmp_path, f"{attack}.py", hostile.with_attack(hostile.wrong_base(), hostile.VERDICT_ATTACKS[attack]))
    r = check(path, inputs, sandbox=mode)
    assert r.status != "ok" and r.exit_code != 0, r.text()


def test_exiting_the_interpreter_is_a_crash_not_a_pass(tmp_path, inputs):
    path = write(tmp_path, "bye.py", hostile.with_attack(hostile.wrong_base(),
                                                         hostile.VERDICT_ATTACKS["forged_verdict_then_exit"]))
    r = check(path, inputs)
    assert r.status == "crashed" and r.exit_code == 1
    assert "ended during backward" in r.text() and "exit status" in r.text()


@pytest.mark.parametrize("mode", MODES)
def test_no_secret_or_environment_value_reaches_any_output(tmp_path, inputs, monkeypatch, mode):
    secret = tmp_path / "grader" / "answers.txt"
    secret.parent.mkdir()
    secret.write_text("SECRET-FILE-CONTENT")
    monkeypatch.setenv("XVAL_TEST_SECRET", "SECRET-ENV-VALUE")
    path = write(tmp_path, "loot.py", hostile.with_attack(hostile.correct_base(), hostile.READ_SECRETS, str(secret)))
    r = check(path, inputs, sandbox=mode)
    said = everything_said(r)
    assert "LOOT" in said  # the attack ran and its text reached the report...
    assert "SECRET-ENV-VALUE" not in said  # ...but the grader's environment did not
    if mode == "bwrap":  # only a sandbox hides the grader's files
        assert "SECRET-FILE-CONTENT" not in said


@pytest.mark.skipif(not HAVE_BWRAP, reason="bubblewrap not usable")
def test_files_outside_the_sandbox_are_untouched_and_the_cwd_stays_clean(tmp_path, inputs, monkeypatch):
    canary = tmp_path / "canary.txt"
    canary.write_text("original")
    cwd = tmp_path / "grader_cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    sub = tmp_path / "subs"
    sub.mkdir()
    path = write(sub, "vandal.py", hostile.with_attack(hostile.correct_base(), hostile.WRITE_FILES, str(canary)))
    r = check(path, inputs, sandbox="bwrap")
    assert canary.read_text() == "original"
    assert list(cwd.iterdir()) == [] and sorted(p.name for p in sub.iterdir()) == ["vandal.py"]
    assert r.status == "ok"  # the vandalism failed quietly; the gradient is right


def _marked_processes(mark: str) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if mark.encode() in open(f"/proc/{entry}/cmdline", "rb").read():
                    found.append(int(entry))
            except OSError:
                continue
    return found


@pytest.mark.parametrize("mode", MODES)
def test_no_process_the_submission_starts_survives_the_check(tmp_path, inputs, mode):
    """A double fork into a new session, allowed to fork at all: every descendant dies with the check."""
    mark = f"xval-escapee-{uuid.uuid4().hex}"
    path = write(tmp_path, "fork.py", hostile.with_attack(hostile.correct_base(), hostile.DOUBLE_FORK, mark))
    r = check(path, inputs, sandbox=mode, limits=Limits(processes=True))
    time.sleep(0.3)
    survivors = _marked_processes(mark)
    for pid in survivors:  # do not leave them to the next test
        os.kill(pid, 9)
    assert survivors == [], r.text()
    assert r.status == "ok", r.text()  # a grandchild holding the worker's output pipe stalls nothing


@pytest.mark.parametrize("mode", MODES)
def test_a_4_gib_allocation_fails_in_the_worker(tmp_path, inputs, mode):
    path = write(tmp_path, "big.py", hostile.with_attack(hostile.correct_base(), hostile.BIG_ALLOCATION))
    r = check(path, inputs, sandbox=mode)
    assert r.status == "mismatch" and "MemoryError" in r.text(verbose=True)


def test_what_the_submission_writes_is_capped_in_memory_never_on_the_graders_disk(tmp_path, inputs):
    """Files of 4 MB, each under the file-size limit, written until the place refuses: in the sandbox its cwd,
    HOME, /tmp and /dev/shm are tmpfs of TMPFS_BYTES each and the rest of /dev is read-only, so it fills at most
    that much memory and no disk (unbounded, 192 MB went to each, the cwd and HOME on the grader's disk, /dev
    and /dev/shm in an uncapped tmpfs)."""
    if not HAVE_BWRAP or not sized_tmpfs():
        pytest.skip("bubblewrap with sized tmpfs not usable")
    mark = "xval-filled-MB"
    path = write(tmp_path, "fill.py", hostile.with_attack(hostile.correct_base(), hostile.FILL, mark))
    r = check(path, inputs, sandbox="bwrap")
    said = r.text(verbose=True)
    assert r.status == "ok" and mark in said, said
    wrote = int(re.search(mark + r" (\d+)", said).group(1))
    assert 0 < wrote <= 3 * (TMPFS_BYTES >> 20), said  # the cwd (also HOME), /tmp and /dev/shm


@pytest.mark.slow
@pytest.mark.parametrize("attack", sorted(hostile.HANGS))
def test_a_hang_returns_within_the_limit_as_timeout(tmp_path, inputs, attack):
    path = write(tmp_path, f"{attack}.py", hostile.with_attack(hostile.correct_base(), hostile.HANGS[attack]))
    t0 = time.monotonic()
    r = check(path, inputs, timeout=3.0)
    assert r.status == "timeout" and r.exit_code == 1
    assert time.monotonic() - t0 < 3.0 + 5.0


@pytest.mark.slow
def test_json_output_stays_parseable_under_a_flood(tmp_path):
    """30 MB printed three ways (print, fd 1, fd 2): xval's --json stdout is one JSON document."""
    mark = "FLOOD"
    path = write(tmp_path, "flood.py", hostile.with_attack(hostile.correct_base(), hostile.FLOOD, mark))
    proc = subprocess.run([sys.executable, "-m", "xval.reports.cli", "check", str(path), "--steps", "0",
                           "--oracles", "torch", "--json"], capture_output=True, text=True, timeout=300)
    result = json.loads(proc.stdout)
    assert proc.returncode == 0 and result["ok"] is True
    assert len(proc.stdout) < 100_000 and len(proc.stderr) < 100_000
    printed = [c for c in result["checks"] if c["name"] == "output"]
    assert printed and "printed" in printed[0]["detail"]


def test_a_class_name_cannot_flood_the_read_as_line(tmp_path, inputs):
    """The read-as line quotes names the submission chose: a 20,000-character class name is cut."""
    from pathlib import Path

    from xval.reports.check.remote import QUOTE_LIMIT

    text = (Path(__file__).parent / "styles" / "class_dict_ok.py").read_text()
    name = "Net" + "Q" * 20_000
    path = write(tmp_path, "long_name.py", text.replace("NeuralNetwork", name))
    r = check(path, inputs)
    assert r.status == "ok", r.text()
    assert "QQQQ" in r.interface and "more characters]" in r.interface, r.interface[:200]
    assert len(r.interface) < QUOTE_LIMIT, len(r.interface)
    assert max(len(line) for line in r.text(verbose=True).splitlines()) < 2 * QUOTE_LIMIT


def test_a_classmates_file_is_not_importable_unless_allowed(tmp_path, inputs):
    write(tmp_path, "classmate.py", hostile.correct_base())
    path = write(tmp_path, "copycat.py", hostile.with_attack(hostile.wrong_base(), hostile.SIBLING_IMPORT))
    r = check(path, inputs)
    assert r.status == "mismatch" and "classmate" in r.text(verbose=True)
    said = [c.detail for c in r.checks if c.name == "load" and "classmate" in c.detail]
    # the judge, which sees the folder the sandbox hides, says where the module is and what would import it
    assert said and "classmate sits next to the file" in said[0] and "--allow-local-imports" in said[0], said
    assert check(path, inputs, local_imports=True).status == "ok"
    (tmp_path / "classmate.py").unlink()
    said = [c.detail for c in check(path, inputs).checks if c.name == "load" and "classmate" in c.detail]
    assert said and "module classmate is not installed" in said[0] and "next to" not in said[0], said


@pytest.mark.slow
def test_autodiff_is_reported_and_can_be_forbidden(tmp_path, inputs):
    path = write(tmp_path, "autodiff.py", hostile.with_attack(hostile.correct_base(), hostile.USES_AUTODIFF))
    warned = check(path, inputs)
    assert warned.status == "ok" and "torch" in warned.text() and "--forbid-autodiff" in warned.text()
    failed = check(path, inputs, forbid_autodiff=True)
    assert failed.status == "mismatch" and [d.code for d in failed.diagnosis] == ["uses-autodiff"]


def test_a_missing_sandbox_is_refused_when_required(monkeypatch, tmp_path, inputs):
    from xval.reports.check import sandbox

    monkeypatch.setattr(sandbox, "bwrap_path", lambda: None)
    r = check(write(tmp_path, "good.py", hostile.correct_base()), inputs, require_sandbox=True)
    assert r.status == "unusable" and "bubblewrap" in r.error
    r = check(write(tmp_path, "good.py", hostile.correct_base()), inputs)  # auto without bwrap: said so
    assert r.status == "ok" and "not sandboxed" in r.text()


# --- the channel itself --------------------------------------------------------------------------------------

def test_the_protocol_round_trips_arrays_and_refuses_what_is_not_numbers():
    import socket

    a, b = socket.socketpair()
    value = {"x": np.arange(6.0).reshape(2, 3), "ys": [np.int64(3), np.array([True, False])], "f": float("nan"),
             "s": "text", "n": None}
    protocol.send(a, value)
    got = protocol.recv(b, time.monotonic() + 5)
    assert np.array_equal(got["x"], value["x"]) and got["x"].dtype == np.float64
    assert got["ys"][0] == 3 and got["ys"][1].dtype == bool and np.isnan(got["f"]) and got["n"] is None
    with pytest.raises(TypeError):
        protocol.encode({"x": np.array([object()])})
    header = json.dumps({"tree": {"__array__": 0}, "arrays": [["|O", [1]]]}).encode()
    with pytest.raises(protocol.ProtocolError, match="dtype"):
        protocol.decode(header, memoryview(b"\0" * 8))
    header = json.dumps({"tree": {"__array__": 0}, "arrays": [["<f8", [1 << 40]]]}).encode()
    a.sendall(protocol.HEADER.pack(len(header)) + header)
    with pytest.raises(protocol.ProtocolError, match="limit"):
        protocol.recv(b, time.monotonic() + 5)
    with pytest.raises(protocol.Deadline):
        protocol.recv(b, time.monotonic() + 0.2)
    a.close()
    with pytest.raises(protocol.ChannelClosed):
        protocol.recv(b, time.monotonic() + 5)


def test_decoded_arrays_are_aligned_and_independent_views_of_one_message():
    # the arrays of a frame lie back to back: a float64 after 3 bools starts at an odd offset, so it must be
    # copied (the rest are views of the message's own buffer, each writable without touching its neighbours)
    import socket

    a, b = socket.socketpair()
    value = {"flags": np.array([True, False, True]), "w": np.arange(4.0), "v": np.arange(3.0)}
    protocol.send(a, value)
    got = protocol.recv(b, time.monotonic() + 5)
    assert all(got[k].flags.aligned and got[k].flags.writeable for k in value)
    got["w"][:] = -1.0
    assert np.array_equal(got["v"], value["v"]) and np.array_equal(got["flags"], value["flags"])


def test_the_guard_keeps_a_numpy_submodule_bound_during_a_call():
    """numpy 2 binds np.fft, np.random ... on first use; a guarded call that first touched one must not unbind
    it (the next np.fft would recurse in numpy's lazy __getattr__)."""
    import numpy as np

    from xval.reports.check.guard import Guard

    saved = vars(np).pop("fft", None)
    try:
        Guard().call("f", lambda: np.fft.fft(np.ones(4)))
        assert np.fft.fft(np.ones(2)).shape == (2,)
    finally:
        if saved is not None:
            np.fft = saved


def test_a_forged_load_reply_cannot_choose_the_loss_or_the_model_read(tmp_path):
    """The worker runs the submission, so its load reply is the submission's to forge: only an exact True says the
    layers end in xval's own loss, and a (hidden, output, loss) reading outside the known models is dropped; only an
    exact True takes that reading as a multiple of the loss (hidden units and output from it, the loss from the code)."""
    from xval.reports.check.remote import Worker

    worker = Worker.__new__(Worker)
    worker.path, worker.display, worker.timeout, worker.local_imports = tmp_path / "sub.py", "sub.py", None, False
    forged = {"mode": "gradients", "own_loss": "yes", "model_read": [["relu"], "softmax", "hinge"],
              "model_read_scaled": "yes"}
    worker.request = lambda *a, **k: forged
    info = worker.load("forward", None)
    assert info.own_loss is False and info.model_read is None and info.model_read_scaled is False
    forged.update(own_loss=True, model_read=[["relu"], "softmax", "cross_entropy"], model_read_scaled=True)
    info = worker.load("forward", None)
    assert info.own_loss is True and info.model_read == (["relu"], "softmax", "cross_entropy")
    assert info.model_read_scaled is True  # (it only says which of the file's own readings is judged)


def test_a_forged_biases_word_is_true_unless_it_is_exactly_false_or_one_bool_per_layer(tmp_path):
    """Which layers have biases comes from the worker: only False, or a list of exact bools (one per layer, some
    False), holds xval's biases at zero; anything else, or a list that keeps every bias, is read as biases
    everywhere. The oracles then hold exactly the named layers' biases at zero."""
    from xval.reports.check.oracle import Oracles
    from xval.reports.check.remote import Worker

    worker = Worker.__new__(Worker)
    worker.path, worker.display, worker.timeout, worker.local_imports = tmp_path / "sub.py", "sub.py", None, False
    forged = {"mode": "gradients"}
    worker.request = lambda *a, **k: forged
    for word in (0, "no", [], [1, 0], [True, "x"], [True, True], [False] * 65, None):
        forged["biases"] = word
        assert worker.load("forward", None).biases is True, word
    for word, read in ((False, False), ([False, False], False), ([True, False, False], (True, False, False))):
        forged["biases"] = word
        assert worker.load("forward", None).biases == read, word
    oracles = Oracles(["jax"])
    oracles.biases = (True, False)
    params = [(np.ones((3, 2)), np.full((1, 2), 0.5)), (np.ones((2, 2)), np.full((1, 2), 0.5))]
    held = oracles.held(params)
    assert np.array_equal(held[0][1], params[0][1]) and not held[1][1].any()
    zeroed = oracles.no_bias_grads(params)
    assert np.array_equal(zeroed[0][1], params[0][1]) and not zeroed[1][1].any() and zeroed[1][0].all()


def test_a_forged_loss_scope_only_picks_among_the_files_own_loss_lines(tmp_path):
    """The worker names the function whose inline loss is read (loss_scope): anything but an identifier is dropped,
    and a name, whatever the submission forges, only chooses among the loss lines the file itself writes; a function
    that computes none of them chooses nothing."""
    from xval.reports.check.family import loss_from_source
    from xval.reports.check.remote import Worker

    worker = Worker.__new__(Worker)
    worker.path, worker.display, worker.timeout, worker.local_imports = tmp_path / "sub.py", "sub.py", None, False
    forged = {"mode": "gradients", "loss_scope": "step_ce; import os"}
    worker.request = lambda *a, **k: forged
    assert worker.load("forward", None).loss_scope == ""
    forged["loss_scope"] = "step_ce"
    assert worker.load("forward", None).loss_scope == "step_ce"
    path = tmp_path / "sub.py"
    path.write_text("import numpy as np\n"
                    "def step_ce(p, t):\n    loss = -np.mean(np.sum(t * np.log(p), axis=1))\n    return loss\n"
                    "def step_sq(p, t):\n    loss = np.mean((p - t) ** 2)\n    return loss\n"
                    "def other(p):\n    return p\n")
    assert loss_from_source(path, "step_ce")[0] == "cross_entropy"
    assert loss_from_source(path, "step_sq")[0] == "mse"
    assert loss_from_source(path, "other")[0] is None and loss_from_source(path)[0] is None


def test_a_forged_loss_multiple_only_picks_among_the_log_bases_and_the_batch_sum(tmp_path):
    """The worker reports a loss layer's value as a multiple of cross-entropy (loss_measured): the coefficient must
    be one of the log bases' exactly, the sum a bool; any other value (a factor that would make a wrong gradient
    pass, a string) is dropped."""
    import math

    from xval.reports.check.remote import Worker

    worker = Worker.__new__(Worker)
    worker.path, worker.display, worker.timeout, worker.local_imports = tmp_path / "sub.py", "sub.py", None, False
    forged = {"mode": "gradients"}
    worker.request = lambda *a, **k: forged
    for value in ([200.0, False, "x"], [0.5, True, "x"], ["0.4342944819032518", True, "x"], [1, False, "x"],
                  [1 / math.log(10), 1, "x"], [1 / math.log(10), True], 7):
        forged["loss_measured"] = value
        assert worker.load("forward", None).loss_measured is None, value
    forged["loss_measured"] = [1 / math.log(10), True, "CE.forward's value"]
    assert worker.load("forward", None).loss_measured == (1 / math.log(10), True, "CE.forward's value")
    forged["loss_measured"] = [1.0, True, "sum"]
    assert worker.load("forward", None).loss_measured == (1.0, True, "sum")


def test_a_forged_fixed_rate_is_kept_only_when_the_files_step_writes_it(tmp_path):
    """The worker reports the rate a step with no rate argument uses (rate): 1 for a bare update, else only the
    number the named step method assigns itself in the file's text, which the grader reads again; a rate the file
    does not write (one that would rescale a wrong gradient into a right one), or one another method writes, is
    dropped."""
    from xval.reports.check.remote import Worker

    path = tmp_path / "sub.py"
    path.write_text("class Net:\n    def step(self, y):\n        learning_rate = 0.001\n"
                    "        self.W -= learning_rate * y\n    def other(self):\n        lr = 0.5\n")
    worker = Worker.__new__(Worker)
    worker.path, worker.display, worker.timeout, worker.local_imports = path, "sub.py", None, False
    forged = {"mode": "in-place", "backward_name": "step"}
    worker.request = lambda *a, **k: forged
    for value in (2.0, 0.5, "0.001", -0.001, True):
        forged["rate"] = value
        assert worker.load("forward", None).rate is None, value
    forged["rate"] = 0.001
    assert worker.load("forward", None).rate == 0.001
    forged["backward_name"] = "other"  # 0.001 is not what `other` writes
    assert worker.load("forward", None).rate is None
    forged["rate"], forged["backward_name"] = 1.0, "anything"
    assert worker.load("forward", None).rate == 1.0


def test_a_forged_model_source_is_text_only(tmp_path):
    """The worker says where the model was read when the forward is xval's own (model_from): only a string is kept,
    cut to 200 characters (it is text for the checked-as line; the model is read from the forward's values)."""
    from xval.reports.check.remote import Worker

    worker = Worker.__new__(Worker)
    worker.path, worker.display, worker.timeout, worker.local_imports = tmp_path / "sub.py", "sub.py", None, False
    forged = {"mode": "gradients", "model_from": ["sigmoid"]}
    worker.request = lambda *a, **k: forged
    assert worker.load("forward", None).model_from == ""
    forged["model_from"] = "x" * 5000
    assert worker.load("forward", None).model_from == "x" * 200 + "... [4800 more characters]"


def test_a_call_that_does_not_fit_the_signature_is_xvals_limit_not_the_files_error(tmp_path):
    """A TypeError raised by xval's call itself (a missing argument) is xval's limit (XvalLimit: the style does not
    fit, or the file exits 2); a TypeError the file's own code raises, whatever it says, is the file's."""
    from xval.reports.check.guard import Guard, SubmissionError, XvalLimit
    from xval.reports.check.loading import load_submission

    path = tmp_path / "sub.py"
    path.write_text("def backward(kept, g):\n    return kept\n\n"
                    "def raises(a):\n    raise TypeError(\"backward() missing 1 required positional argument: 'g'\")\n")
    loaded = load_submission(path)
    with pytest.raises(XvalLimit, match="does not fit its signature"):
        Guard().call("backward", loaded.function("backward"), 1.0)
    with pytest.raises(SubmissionError) as info:
        Guard().call("raises", loaded.function("raises"), 1.0)
    assert not isinstance(info.value, XvalLimit) and "sub.py:5" in str(info.value)


ZERO_GRADIENT_PAIR = (
    "def forward(x, weights, biases):\n    zs, acts = [], [x]\n    for W, b in zip(weights, biases):\n"
    "        zs.append(acts[-1] @ W + b)\n        acts.append(1 / (1 + np.exp(-zs[-1])))\n    return zs, acts\n\n"
    "def backward(x, y_true, zs, activations, weights, biases):\n"
    "    return [np.zeros_like(W) for W in weights], [np.zeros_like(b) for b in biases]\n\n")
"""A notebook-style pair whose backward returns zero gradients: a file the judge must still judge (a mismatch),
whatever its loss function does to the reading of its source."""


def test_a_loss_nested_too_deep_to_walk_does_not_stop_the_judge(tmp_path, inputs):
    """The judge reads the file's loss from its source (never run): an expression nested a few hundred levels
    deep (x * x * ... * x) must leave that reading undone, not raise RecursionError out of the check."""
    from xval.reports.check import CheckOptions, check_submission

    path = tmp_path / "deep.py"
    path.write_text(
        "import numpy as np\n"
        "def mse(y, p):\n    return np.mean((y - p) ** 2) * " + " * ".join(["1"] * 600) + "\n\n"
        "def loss_fn(y, p, alpha):\n    return mse(y, p) + alpha * np.sum(W1 ** 2) * " + " * ".join(["1"] * 600) + "\n\n"
        + ZERO_GRADIENT_PAIR +
        "mse(1, 2)\nloss_fn(1, 2, 0.1)\n")
    params, x, y, real = inputs
    report = check_submission(path, params, x, y, real, CheckOptions(steps=0))
    assert report.status == "mismatch", report.text()  # its zero gradient judged; the deep loss left unread


def test_a_loss_whose_names_double_at_each_line_cannot_grow_the_judges_reading_without_bound(tmp_path, inputs):
    """The judge writes a loss's local names out to read it (`loss = a0` with `a0 = a1 + a1`, `a1 = a2 + a2`, ...):
    each name doubles the expression, so thirty of them would be a billion nodes. The reading stops growing at
    EXPANSION_NODES and the check goes on."""
    import ast

    from xval.reports.check import CheckOptions, check_submission
    from xval.reports.check.family import EXPANSION_NODES, _substituted

    chain = "".join(f"    a{i} = a{i + 1} + a{i + 1}\n" for i in range(30)) + "    a30 = np.mean((p - y) ** 2)\n"
    fn = ast.parse("def mse(p, y):\n" + chain + "    return a0\n").body[0]
    grown = _substituted(ast.Name("a0", ast.Load()), fn)
    assert 1000 < sum(1 for _ in ast.walk(grown)) <= EXPANSION_NODES
    path = tmp_path / "doubling.py"
    path.write_text(
        "import numpy as np\n\n"
        "def mse(p, y):\n" + chain + "    return a0\n\n"
        + ZERO_GRADIENT_PAIR +
        "mse(1, 2)\n")
    params, x, y, real = inputs
    report = check_submission(path, params, x, y, real, CheckOptions(steps=0))
    assert report.status == "mismatch", report.text()  # its zero gradient judged


def test_a_class_loss_nested_too_deep_leaves_its_l2_unread(tmp_path):
    """The judge reads a class's L2 term through the local names of its loss method: an expression nested past the
    interpreter's stack there leaves the term unread instead of stopping the judge with a RecursionError."""
    from xval.reports.check.family import l2_attribute

    path = tmp_path / "deep_class.py"
    path.write_text("import numpy as np\n\nclass Net:\n    def __init__(self, lam=0.1):\n        self.lam = lam\n\n"
                    "    def loss(self, p, y):\n        penalty = np.sum(self.W1 ** 2)\n"
                    "        return np.mean((p - y) ** 2) * " + " * ".join(["1"] * 600) + " + self.lam * penalty\n\n"
                    "    def backward(self, x, y):\n        return self.lam * self.W1\n")
    assert l2_attribute(path, "Net.backward") is None


def test_a_forged_update_rate_cannot_widen_the_rounding_allowance_without_bound():
    """The worker reports the file's own constant rate (W -= 1e-4 * dW), and the judge excuses the rounding of a
    gradient read at that rate; a submission that rewrote the report to 1e-300 would excuse any error. The judge
    takes it only down to OWN_RATE_FLOOR times its own rate."""
    from types import SimpleNamespace

    from xval.reports.check.checks import OWN_RATE_FLOOR, Checks

    judge = Checks.__new__(Checks)
    judge.model = SimpleNamespace(update_rate=1e-300)
    assert judge.rounding_rate(0.005) == 0.005 * OWN_RATE_FLOOR
    judge.model = SimpleNamespace(update_rate=1e-4)  # an honest small rate is taken as it is
    assert judge.rounding_rate(0.005) == 1e-4
    judge.model = SimpleNamespace(update_rate=None)
    assert judge.rounding_rate(0.005) == 0.005
