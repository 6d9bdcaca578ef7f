"""The result of one ``xval check``: checks run, first mismatch, diagnosis; as text, JSON or a CSV row.

JSON (``--json``), exactly these keys::

    {"ok": bool, "file": str, "interface": str (the "read as" line; "" when unusable),
     "checked_as": str (the model judged and where each part came from; "" when none was chosen),
     "model": {"hidden", "output", "loss", "l2", "optimizer", "text", "description",
               "hidden_from", "output_from", "loss_from", "l2_from"} | null,
     "first_mismatch": {"stage": "forward" | "backward" | "update", "step": int, "param": str,
                        "index": [int, ...], "expected": float, "got": float} | null,
     "diagnosis": [{"code": str, "params": [str, ...], "factor": float (scaled-gradient only),
                    "message": str}, ...],
     "checks": [{"name": str, "stage": str, "case": str, "step": int, "ok": bool, "severity": str,
                 "detail": str, ...}, ...],
     "timing": {"seconds": float (the whole check, wall clock),
                "submission_cpu_seconds": float | null (the submission's process: its loading, its calls and
                the channel's end in it; measured by xval from /proc, null when it never started)}}

``param`` names a tensor: ``w1``, ``b1``, ... for gradients and updates (expected
and got are then gradient values: the oracle's, and the one the submission's
update implies); ``z1``.., ``a1``.., ``probs``, ``loss``, ``accuracy`` for forward
outputs. ``step`` is 0 for the checks on the given state and k for step k of
the trace. Non-finite numbers are written as null.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from xval.reference.compare import json_safe
from xval.reports.check.family import Reading
from xval.reports.exit_status import ExitStatus


def _num(v):
    if v is None:
        return None
    v = float(v)
    return v if math.isfinite(v) else None


@dataclass
class Mismatch:
    stage: str
    step: int
    param: str
    index: list[int]
    expected: float
    got: float
    case: str = ""
    problem: str = ""  # no element to show: e.g. "shape (200, 256), expected (200, 10)"

    def to_json(self) -> dict:
        out = {"stage": self.stage, "step": self.step, "param": self.param, "index": list(self.index),
               "expected": _num(self.expected), "got": _num(self.got)}
        if self.problem:
            out["problem"] = self.problem
        return out

    def line(self) -> str:
        where = f"{self.param}[{', '.join(map(str, self.index))}]" if self.index else self.param
        if self.problem:
            return f"{self.stage}, step {self.step}{f' ({self.case})' if self.case else ''}, {where}: {self.problem}"
        return (f"{self.stage}, step {self.step}{f' ({self.case})' if self.case else ''}, {where}: "
                f"expected {self.expected:.10g}, got {self.got:.10g}")


@dataclass
class Diagnosis:
    code: str
    params: list[str]
    explanation: str
    evidence: str
    hint: str
    factor: float | None = None
    key: str = ""  # what makes two findings the same diagnosis (merged across cases)
    cases: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        seen = f" [seen in: {', '.join(self.cases)}]" if self.cases else ""
        return f"{self.explanation}. Evidence: {self.evidence}{seen}. Hint: {self.hint}."

    def to_json(self) -> dict:
        out = {"code": self.code, "params": list(self.params)}
        if self.code == "scaled-gradient":
            out["factor"] = _num(self.factor)
        out["message"] = self.message
        return out


@dataclass
class Item:
    """One check: ok, failed (severity "fail") or a note that does not fail the submission ("warning")."""

    name: str
    stage: str
    ok: bool
    detail: str
    case: str = ""
    step: int = 0
    severity: str = "fail"
    data: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"name": self.name, "stage": self.stage, "case": self.case, "step": self.step, "ok": self.ok,
                "severity": "ok" if self.ok else self.severity, "detail": self.detail, **json_safe(self.data)}


@dataclass
class Report:
    file: str
    status: str = "ok"  # ok | mismatch | unusable | timeout | crashed | error (xval's own failure: no verdict)
    first_mismatch: Mismatch | None = None
    diagnosis: list[Diagnosis] = field(default_factory=list)
    checks: list[Item] = field(default_factory=list)
    error: str = ""  # why the input was unusable (exit 2)
    seconds: float = 0.0
    interface: str = ""  # how the submission was read (styles/): "read as: ..."
    submission_cpu_seconds: float | None = None
    model: Reading | None = None  # the model judged and where it came from (family.py): "checked as: ..."

    @property
    def checked_as(self) -> str:
        return self.model.line() if self.model is not None else ""

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def exit_code(self) -> ExitStatus:
        return {"ok": ExitStatus.OK, "unusable": ExitStatus.UNUSABLE, "error": ExitStatus.ERROR}.get(
            self.status, ExitStatus.MISMATCH)

    def to_json(self) -> dict:
        checks = [c.to_json() for c in self.checks]
        if self.error:
            checks.append({"name": "load", "stage": "load", "case": "", "step": 0, "ok": False,
                           "severity": self.status, "detail": self.error})
        return {"ok": self.ok, "file": self.file, "interface": self.interface, "checked_as": self.checked_as,
                "model": self.model.to_json() if self.model is not None else None,
                "first_mismatch": self.first_mismatch.to_json() if self.first_mismatch else None,
                "diagnosis": [d.to_json() for d in self.diagnosis], "checks": checks,
                "timing": {"seconds": round(self.seconds, 4), "submission_cpu_seconds": None
                           if self.submission_cpu_seconds is None else round(self.submission_cpu_seconds, 3)}}

    def text(self, verbose: bool = False) -> str:
        failed = [c for c in self.checks if not c.ok and c.severity == "fail"]
        head = {"ok": "OK", "mismatch": "MISMATCH", "unusable": "UNUSABLE", "timeout": "TIMEOUT",
                "crashed": "CRASHED", "error": "ERROR"}[self.status]
        lines = [f"xval check {self.file}: {head} ({len(self.checks) - len(failed)} of {len(self.checks)} "
                 f"checks hold, {self.seconds:.1f} s)"]
        if self.interface:
            lines.append(f"  read as: {self.interface}")
        if self.model is not None:
            lines.append(f"  checked as: {self.checked_as}")
        if self.error:
            lines.append(f"  {self.error}")
        notes: dict[tuple[str, str], list[str]] = {}
        for c in self.checks:
            if c.severity in ("info", "warning") and (not c.ok or c.severity == "info"):
                notes.setdefault((c.severity, c.detail), []).append(c.case)
        for (severity, detail), cases in notes.items():
            where = f" [{', '.join(dict.fromkeys(k for k in cases if k))}]" if len(cases) > 1 else ""
            lines.append(f"  {'note' if severity == 'info' else 'warning'}: {detail}{where}")
        if self.first_mismatch:
            lines.append(f"first mismatch: {self.first_mismatch.line()}")
        if self.diagnosis:
            lines.append("diagnosis:")
            for d in self.diagnosis:
                factor = f", factor {d.factor:.6g}" if d.code == "scaled-gradient" and d.factor is not None else ""
                lines.append(f"  {d.code} ({' '.join(d.params) or '-'}{factor}): {d.explanation}.")
                lines.append(f"      evidence: {d.evidence}{' [seen in: ' + ', '.join(d.cases) + ']' if d.cases else ''}")
                lines.append(f"      hint: {d.hint}.")
        shown = self.checks if verbose else failed[:12]
        if shown:
            lines.append("checks:" if verbose else "failed checks:")
            for c in shown:
                where = f"{c.case}{f' step {c.step}' if c.step else ''}"
                detail = c.detail if verbose or len(c.detail) <= 170 else c.detail[:167] + "..."
                lines.append(f"  {'ok  ' if c.ok else 'FAIL' if c.severity == 'fail' else c.severity[:4]:<4} "
                             f"{c.stage:<8} {where:<16} {c.name}: {detail}")
            if not verbose and len(failed) > 12:
                lines.append(f"  ... {len(failed) - 12} more (--verbose lists every check)")
        return "\n".join(lines)

    def csv_row(self) -> dict:
        fm = self.first_mismatch
        return {
            "file": self.file, "status": self.status, "ok": int(self.ok), "exit_code": int(self.exit_code),
            "codes": " ".join(dict.fromkeys(d.code for d in self.diagnosis)),
            "factors": " ".join(f"{d.factor:.6g}" for d in self.diagnosis if d.code == "scaled-gradient"
                                and d.factor is not None),
            "first_stage": fm.stage if fm else "", "first_step": fm.step if fm else "",
            "first_param": fm.param if fm else "",
            "first_index": " ".join(map(str, fm.index)) if fm else "",
            "n_failed": sum(1 for c in self.checks if not c.ok and c.severity == "fail"),
            "seconds": f"{self.seconds:.2f}",
            "message": shorten(self.error or " | ".join(f"{d.code}: {d.message}" for d in self.diagnosis)),
            "warnings": shorten("; ".join(c.detail for c in self.checks if not c.ok and c.severity == "warning")),
            "checked_as": self.checked_as,
        }


CSV_FIELDS = ("file", "status", "ok", "exit_code", "codes", "factors", "first_stage", "first_step", "first_param",
              "first_index", "n_failed", "seconds", "message", "warnings", "checked_as")
CSV_CELL = 1000
"""Longest CSV text cell; a longer one is cut at a word and ends with an ellipsis."""


def shorten(text: str, limit: int = CSV_CELL) -> str:
    if len(text) <= limit:
        return text
    return text[:limit - 1].rsplit(" ", 1)[0] + "\u2026"
