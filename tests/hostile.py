"""A hostile corpus of the project's own writing: submissions that try to pass, or to harm, instead of being right.

Each attack is a snippet added to a submission whose gradient is wrong by a
factor 3 (``wrong_base``), or to the correct one (``correct_base``) where the
attack's target is the machine rather than the verdict. ``{MARK}`` in a
snippet is replaced by a per-test token (a canary path, a process marker).
"""

from __future__ import annotations

from pathlib import Path

CORRECT = (Path(__file__).parent / "mutants" / "correct_notebook_style.py").read_text()
WRONG_EDIT = ("    delta = delta / n\n", "    delta = 3.0 * delta / n\n")
assert CORRECT.count(WRONG_EDIT[0]) == 1


def correct_base() -> str:
    return CORRECT


def wrong_base() -> str:
    return CORRECT.replace(*WRONG_EDIT)


def with_attack(base: str, snippet: str, mark: str = "") -> str:
    return base + "\n\n" + snippet.replace("{MARK}", mark) + "\n"


# --- attacks on the verdict: each is added to wrong_base(); none may be "ok" --------------------------------
VERDICT_ATTACKS = {
    "patch_numpy_at_load": """
class _Patch:  # a class body runs at load time
    np.allclose = lambda *a, **k: True
    np.array_equal = lambda *a, **k: True
    np.abs = lambda a, *r, **k: np.zeros_like(np.asarray(a, float))
""",
    "repatch_from_thread": """
import threading, time
def _keep_patching():
    while True:
        np.max = lambda *a, **k: 0.0
        np.abs = lambda a, *r, **k: np.zeros_like(np.asarray(a, float))
        time.sleep(0.001)
class _Start:
    try:
        threading.Thread(target=_keep_patching, daemon=True).start()
    except Exception:
        pass
""",
    "swap_code_in_place": """
def _zero(*a, **k):
    return 0.0
class _Swap:
    try:
        np.linalg.norm.__code__ = _zero.__code__
    except Exception:
        pass
""",
    "patch_xval_modules": """
import sys, builtins
class _Tamper:
    for _name, _mod in list(sys.modules.items()):
        if _name.startswith("xval"):
            for _attr in ("relative_error", "judge", "max_rel_error", "tolerance"):
                if hasattr(_mod, _attr):
                    setattr(_mod, _attr, lambda *a, **k: 0.0)
    builtins.any = lambda *a, **k: False
    builtins.all = lambda *a, **k: True
""",
    "steal_oracle_gradient": """
import gc, sys
def _oracle_grads():
    for obj in gc.get_objects():
        if type(obj).__name__ in ("Oracles", "TorchOracle", "JaxOracle", "Run"):
            return obj
    f = sys._getframe()
    while f is not None:
        for v in f.f_locals.values():
            if type(v).__name__ in ("Oracles", "Run"):
                return v
        f = f.f_back
    return None
_real_backward = backward
def backward(x, y_true, zs, activations, weights, biases, learning_rate):
    found = _oracle_grads()
    if found is None:
        return _real_backward(x, y_true, zs, activations, weights, biases, learning_rate)
    grads = found.grads([(W, b) for W, b in zip(weights, biases)], x, y_true)
    (_, g), = grads.items()
    for i, (dW, db) in enumerate(g):
        weights[i] -= learning_rate * dW
        biases[i] -= learning_rate * db
""",
    "forged_verdict_then_exit": """
import os, json
_real_backward = backward
def backward(x, y_true, zs, activations, weights, biases, learning_rate):
    fake = {"ok": True, "file": "x", "first_mismatch": None, "diagnosis": [], "checks": []}
    os.write(1, (json.dumps({"json": fake, "csv": {"status": "ok"}, "text": "OK"}) + "\\n").encode())
    os.write(1, b"xval check: OK (all checks hold)\\n")
    os._exit(0)
""",
    "exit_from_atexit": """
import atexit, os
atexit.register(lambda: (os.write(1, b'{"ok": true}\\n'), os._exit(0)))
_real_backward = backward
def backward(x, y_true, zs, activations, weights, biases, learning_rate):
    raise SystemExit(0)
""",
    "exit_at_import": """
import os
class _Bye:
    os.write(1, b"xval check: OK\\n")
    os._exit(0)
""",
}


# --- attacks on the machine: added to correct_base() unless said otherwise -------------------------------
READ_SECRETS = """
import os, glob
def _loot():  # compact, so that no cap on quoted text hides what it found
    out = [v for k, v in os.environ.items() if "SECRET" in k]
    for p in glob.glob("/proc/*/environ"):
        try:
            out += [e.decode() for e in open(p, "rb").read().split(b"\\0") if b"SECRET" in e]
        except Exception:
            pass
    try:
        out.append(open("{MARK}").read())
    except Exception as exc:
        out.append(type(exc).__name__)
    return " | ".join(out)
_real_forward = forward
def forward(x, weights, biases):
    raise RuntimeError("LOOT " + _loot())
"""

WRITE_FILES = """
import os
def _vandal():
    for p in ("{MARK}", "vandal_was_here.txt", os.path.join(os.path.dirname(__file__), "vandal.txt")):
        try:
            with open(p, "w") as f:
                f.write("overwritten")
        except Exception:
            pass
    try:
        os.remove("{MARK}")
    except Exception:
        pass
class _Run:
    _vandal()
"""

DOUBLE_FORK = """
import os, sys
def _escape():
    try:
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                os.execv(sys.executable, [sys.executable, "-c", "import time; time.sleep(120)", "{MARK}"])
            os._exit(0)
    except Exception:
        pass
_real_forward = forward
def forward(x, weights, biases):
    _escape()
    return _real_forward(x, weights, biases)
"""

BIG_ALLOCATION = """
_real_forward = forward
def forward(x, weights, biases):
    ballast = np.ones(4 << 30, dtype=np.uint8)  # 4 GiB
    ballast[::4096] = 2
    return _real_forward(x, weights, biases)
"""

FILL = """
import os
_real_forward = forward
_wrote = {}
def forward(x, weights, biases):  # files under the file-size limit, as many as the writable places take
    chunk = b"x" * (4 << 20)
    for where in () if _wrote else (os.getcwd(), os.environ.get("HOME", "."), "/tmp", "/dev/shm", "/dev"):
        for i in range(48):
            try:
                with open(os.path.join(where, f"fill-{len(_wrote)}-{i}"), "wb") as f:
                    f.write(chunk)
            except OSError:
                break
            _wrote[where] = _wrote.get(where, 0) + len(chunk)
        _wrote.setdefault(where, 0)
    print("{MARK}", sum(_wrote.values()) >> 20)  # MB written, in all
    return _real_forward(x, weights, biases)
"""

FLOOD = """
import os, sys
_real_forward = forward
def forward(x, weights, biases):
    line = "{MARK}" * 1000 + "\\n"
    for _ in range(3000):
        sys.stdout.write(line)
        os.write(1, line.encode())
        os.write(2, line.encode())
    return _real_forward(x, weights, biases)
"""

HANGS = {
    "sleep_at_import": """
import time
class _Sleep:
    time.sleep(600)
""",
    "deaf_to_signals_in_backward": """
import signal, time
_real_backward = backward
def backward(*args):
    for s in (signal.SIGALRM, signal.SIGTERM, signal.SIGINT):
        signal.signal(s, signal.SIG_IGN)
    while True:
        try:
            time.sleep(600)
        except BaseException:
            pass
""",
    "str_never_returns": """
class _Endless(Exception):
    def __str__(self):
        while True:
            pass
def forward(x, weights, biases):
    raise _Endless()
""",
}

SIBLING_IMPORT = """
from classmate import backward  # a classmate's correct file next to this one
"""

USES_AUTODIFF = """
import torch  # the gradient below is still hand-written; importing an autodiff library is the finding
"""
