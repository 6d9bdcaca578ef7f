"""The exit statuses of every `xval` verb and of a batch worker."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0  # everything checked holds
    MISMATCH = 1  # a check failed (a mismatch, or a run that diverged)
    UNUSABLE = 2  # the input was unusable (one line on stderr says why)
    ERROR = 3  # xval itself failed (a bug in xval): no verdict on the input; the traceback is on stderr
    INTERRUPTED = 130  # Ctrl-C, as a shell reports SIGINT

    @classmethod
    def of(cls, ok: bool) -> "ExitStatus":
        return cls.OK if ok else cls.MISMATCH
