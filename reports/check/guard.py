"""Call submitted code under guard (in the worker): output captured, floating-point warnings silenced.

Time is not limited here: the judge holds the one deadline and kills the
worker when it passes (:mod:`xval.reports.check.remote`, which raises
:class:`SubmissionTimeout` on the judge's side). Every exception a submission raises,
SystemExit included, becomes a :class:`SubmissionError` naming the function
and the submission's own line. A submission that replaces numpy functions
(``np.dot = ...``) has them put back after each call, and is told so.
"""

from __future__ import annotations

import contextlib
import inspect
import io
import os
import sys
import types
import traceback
from dataclasses import dataclass, field

import numpy as np


class SubmissionError(Exception):
    """A submitted function raised, or returned something of the wrong structure."""

    def __init__(self, function: str, message: str, reshaped: str | None = None) -> None:
        super().__init__(f"{function}: {message}")
        self.function = function
        self.reshaped = reshaped  # the parameter (w1, b2, ...) whose shape the call changed, if that was the problem


class XvalLimit(SubmissionError):
    """xval could not use a function as the interface it read needs: its call did not fit the signature (a
    TypeError raised by the call itself, before any of the submission's code ran: ``backward() missing 1 required
    positional argument``), or what it returns or keeps is not where that interface reads it (gradients stored
    under names xval does not know). xval's limit, never the file's exception: a style that meets it at detection
    does not fit, and met in a check it makes the file unusable."""


class SubmissionTimeout(BaseException):
    """The submission ran past its deadline (raised on the judge's side, which then kills its worker)."""


class _Capped(io.StringIO):
    """A text sink that keeps the first few thousand characters and counts the rest."""

    LIMIT = 4000

    def __init__(self) -> None:
        super().__init__()
        self.total = 0

    def write(self, s: str) -> int:
        self.total += len(s)
        if self.tell() < self.LIMIT:
            super().write(s[: self.LIMIT - self.tell()])
        return len(s)


def _spread(fn, args: tuple) -> tuple[tuple, dict]:
    """(positional, keyword) arguments for ``fn`` from xval's positional ones, which follow its signature in order:
    those past its positional parameters go to its keyword-only ones (``def back_prop(Z1, ..., D1, *, keep_prob=1.0,
    lambda_reg=0.01)``) by name. Unchanged for a function with ``*args`` or without keyword-only parameters."""
    try:
        params = list(inspect.signature(fn).parameters.values())
    except Exception:  # no signature to read (a builtin, or a submission's object that refuses): call as given
        return args, {}
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    keyword = [p for p in params if p.kind == p.KEYWORD_ONLY]
    extra = args[len(positional):]
    if not keyword or not extra or len(extra) > len(keyword) or any(p.kind == p.VAR_POSITIONAL for p in params):
        return args, {}
    return args[:len(positional)], {p.name: v for p, v in zip(keyword, extra)}


@dataclass
class Guard:
    """How submitted code is called: captured output, numpy's namespace restored after each call."""

    output: _Capped = field(default_factory=_Capped)
    restored: list[str] = field(default_factory=list)  # numpy attributes the submission replaced

    def call(self, name: str, fn, *args):
        numpy_before = dict(vars(np))
        args, kwargs = _spread(fn, args)
        try:
            with contextlib.redirect_stdout(self.output), contextlib.redirect_stderr(self.output), \
                    np.errstate(all="ignore"):
                return fn(*args, **kwargs)
        except (SubmissionTimeout, KeyboardInterrupt):
            raise
        except BaseException as exc:  # SystemExit included: a submission never ends the check
            if isinstance(exc, TypeError) and _at_the_call(exc):
                raise XvalLimit(name, f"xval's call does not fit its signature (TypeError: {exc})") from None
            raise SubmissionError(name, f"raised {type(exc).__name__}: {exc} ({_where(exc)})") from None
        finally:
            self._restore(np, numpy_before, name)

    def _restore(self, module, before: dict, name: str) -> None:
        """Undo a submission's assignments to numpy's namespace (np.dot = ...): xval computes with numpy too."""
        now = vars(module)
        changed = [k for k, v in before.items() if now.get(k, _MISSING) is not v]
        for k in changed:
            setattr(module, k, before[k])
        for k in [k for k in now if k not in before and not _own_submodule(module, k, now[k])]:
            delattr(module, k)
        self.restored += [f"numpy.{k} (in {name})" for k in changed if f"numpy.{k} (in {name})" not in self.restored]


_MISSING = object()


def _own_submodule(module, key: str, value) -> bool:
    """numpy.random and the like, which numpy 2 binds on first use: deleting one leaves numpy's lazy
    ``__getattr__`` recursing on the next ``np.random`` (the submodule stays in sys.modules)."""
    return isinstance(value, types.ModuleType) and value.__name__ == f"{module.__name__}.{key}" and \
        sys.modules.get(value.__name__) is value


_LIBRARY_DIRS = tuple(sorted({os.path.realpath(p) + os.sep for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}))


_CHECK_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


def _at_the_call(exc: BaseException) -> bool:
    """Whether ``exc`` was raised by the call itself: every frame of its traceback is xval's checking code (a file
    that forged one would only make itself unusable, which scores 0, as a failure scores at most)."""
    return all(f.filename.startswith(_CHECK_DIR) for f in traceback.extract_tb(exc.__traceback__))


def _where(exc: BaseException) -> str:
    """The innermost frame of the submission's own code in the traceback: file, line and code.

    xval's frames and library frames (numpy raising for ``np.NaN``, say) are skipped: the line
    to cite is the submission's call, not numpy's ``__getattr__``.
    """
    frames = traceback.extract_tb(exc.__traceback__)
    frames = [f for f in frames if "/reports/check/" not in f.filename and not f.filename.startswith("<")
              and not os.path.realpath(f.filename.split(", cell ")[0]).startswith(_LIBRARY_DIRS)] or frames
    f = frames[-1]
    return f"{f.filename}:{f.lineno}: {(f.line or '').strip()}"
