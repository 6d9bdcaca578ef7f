"""Grading outputs built from check results: Gradescope's results.json, JUnit XML, the CSV with points.

Every format takes :class:`xval.reports.check.batch.Result` (a single check is
turned into one by :func:`result_of`), so single, batch and Dask runs write the
same files. Files are written atomically (a temporary file in the same
directory, then a rename): a reader never sees half a file.

Gradescope (https://gradescope-autograders.readthedocs.io, "specs"): top level
``score, max_score, execution_time, output, visibility, tests``; each test
``name, score, max_score, status ("passed"/"failed"), output, visibility``.
JUnit: ``<testsuites>`` with one ``<testsuite>`` per submission, one
``<testcase>`` per check group, a ``<failure>`` (message and diagnosis text) per
failed group; scores ride along as ``<properties>``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from xval.reports.check.batch import Result
from xval.reports.check.grading import Grade, grade
from xval.reports.check.report import CSV_FIELDS, Report
from xval.reports.check.rubric import Rubric

FORMATS = ("text", "json", "gradescope", "junit")
SCORE_FIELDS = ("score", "max_score")


def result_of(report: Report, verbose: bool = False) -> Result:
    return Result(report.file, report.status, report.to_json(), report.csv_row(), report.text(verbose),
                  report.seconds)


def grade_result(r: Result, n_layers: int, rubric: Rubric) -> Grade:
    return grade(r.file, r.status, r.json, n_layers, rubric, r.seconds)


def gradescope(r: Result, n_layers: int, rubric: Rubric) -> dict:
    """Gradescope's results.json for one submission."""
    g = grade_result(r, n_layers, rubric)
    rnd = rubric.round
    head = f"{rubric.title}: {g.summary[:1].upper()}{g.summary[1:]}."
    return {
        "score": g.score, "max_score": g.max_score, "execution_time": round(r.seconds, 2),
        "output": head, "visibility": rubric.visibility, "stdout_visibility": "hidden",
        "tests": [{"name": t.name, "score": rnd(t.score), "max_score": rnd(t.max_score),
                   "status": "passed" if t.passed else "failed", "output": t.output, "visibility": t.visibility}
                  for t in g.tests],
    }


def junit(results: list[Result], n_layers: int, rubric: Rubric | None, name: str = "xval check") -> str:
    """JUnit XML: one testsuite per submission, one testcase per check group, one failure per failed group (an
    error instead when xval itself failed on the file: no verdict)."""
    from xval.reports.check.rubric import load_rubric

    rubric = rubric or load_rubric()
    root = ET.Element("testsuites", name=name)
    totals = {"tests": 0, "failures": 0, "errors": 0}
    seconds = 0.0
    for r in results:
        g = grade_result(r, n_layers, rubric)
        failed = sum(not t.passed for t in g.tests)
        errors, failures = (failed, 0) if r.status == "error" else (0, failed)  # xval's own failure: an <error>
        suite = ET.SubElement(root, "testsuite", name=r.file, tests=str(len(g.tests)), failures=str(failures),
                              errors=str(errors), skipped="0", time=f"{r.seconds:.3f}")
        props = ET.SubElement(suite, "properties")
        for k, v in (("status", r.status), ("score", f"{g.score:g}"), ("max_score", f"{g.max_score:g}")):
            ET.SubElement(props, "property", name=k, value=v)
        for t in g.tests:
            case = ET.SubElement(suite, "testcase", name=t.name, classname=_classname(r.file), time="0")
            if not t.passed:
                codes = " ".join(dict.fromkeys(d["code"] for d in t.diagnoses)) or r.status
                fail = ET.SubElement(case, "error" if errors else "failure",
                                     message=_one_line(t.lines[0] if t.lines else r.status), type=codes)
                fail.text = t.output
        totals["tests"] += len(g.tests)
        totals["failures"] += failures
        totals["errors"] += errors
        seconds += r.seconds
    root.set("tests", str(totals["tests"]))
    root.set("failures", str(totals["failures"]))
    root.set("errors", str(totals["errors"]))
    root.set("time", f"{seconds:.3f}")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def csv_fields(rubric: Rubric | None) -> tuple[str, ...]:
    return CSV_FIELDS + SCORE_FIELDS if rubric else CSV_FIELDS


def csv_row(r: Result, n_layers: int, rubric: Rubric | None) -> dict:
    row = dict(r.csv)
    if rubric:
        g = grade_result(r, n_layers, rubric)
        row.update(score=f"{g.score:g}", max_score=f"{g.max_score:g}")
    return row


def csv_text(rows: list[dict], fields: tuple[str, ...]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for row in rows:
        w.writerow(row)
    return buf.getvalue()


def json_text(data) -> str:
    return json.dumps(data, indent=1) + "\n"


def write_atomic(path: str | os.PathLike, text: str) -> None:
    """Write ``text`` to ``path`` so that a reader sees the old file or the whole new one, never a part."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _classname(file: str) -> str:
    stem = Path(file).with_suffix("").as_posix().strip("/")
    return "xval." + (stem.replace("/", ".") or "submission")


def _one_line(text: str, limit: int = 300) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1] + "\u2026"
