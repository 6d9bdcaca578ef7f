"""Where ``xval check`` results go: stdout or ``-o PATH`` in one format, the ``--csv`` rows, and resuming.

Batch runs record each result the moment it finishes, so an interrupted run
loses nothing: a ``--csv`` file gets its row appended (and flushed), and ``-o
PATH`` gets a line in its journal ``PATH.jsonl`` (the full result, one JSON
object per line; kept, it is the run's record). When every file is done, the
outputs are rewritten atomically in the order the files were given.
``--resume`` reads those records back and skips every file already in all of
them. A single check writes its one output atomically.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

from xval.impl.errors import InputError
from xval.reports.check import formats as fm
from xval.reports.check.batch import Result
from xval.reports.check.rubric import Rubric

STATUSES = ("ok", "mismatch", "unusable", "timeout", "crashed", "error")


class Outputs:
    """One run's destinations: ``fmt`` on stdout or to ``output``, plus an optional CSV."""

    def __init__(self, fmt: str, output: str | None, csv_path: str | None, rubric: Rubric | None, n_layers: int,
                 verbose: bool = False):
        self.fmt, self.output, self.csv_path = fmt, output, csv_path
        self.rubric, self.n_layers, self.verbose = rubric, n_layers, verbose
        self.fields = fm.csv_fields(rubric)
        self._csv = self._journal = None

    @property
    def journal_path(self) -> Path | None:
        return Path(f"{self.output}.jsonl") if self.output else None

    # -- a single submission
    def single(self, r: Result) -> str:
        """The one submission's output in ``fmt`` (written to ``output`` when given, else returned for stdout)."""
        if self.fmt == "gradescope":
            text = fm.json_text(fm.gradescope(r, self.n_layers, self.rubric))
        elif self.fmt == "junit":
            text = fm.junit([r], self.n_layers, self.rubric)
        elif self.fmt == "json":
            text = fm.json_text(r.json)
        else:
            text = r.text + "\n"
        if self.csv_path:
            fm.write_atomic(self.csv_path, fm.csv_text([fm.csv_row(r, self.n_layers, self.rubric)], self.fields))
        if self.output:
            fm.write_atomic(self.output, text)
            return ""
        return text

    # -- a batch: resume, append as results arrive, then the final files
    def previous(self, resume: bool) -> dict[str, Result]:
        """Results of an earlier run of the same outputs (``--resume``), by file; {} otherwise."""
        if not resume:
            return {}
        if not (self.csv_path or self.output):
            raise InputError("--resume reads the earlier results from --csv FILE or -o PATH: give the same one(s)")
        records = []
        if self.output:
            records.append(_read_journal(self.journal_path))
        if self.csv_path:
            records.append({f: Result(f, row.get("status", ""), {}, row, f"xval check {f}: {row.get('status', '')} "
                                      "(from the earlier run)", _float(row.get("seconds")))
                            for f, row in _read_csv(Path(self.csv_path)).items()})
        common = set.intersection(*(set(r) for r in records))
        return {f: records[0][f] for f in common}  # the journal's (full) result when there is one

    def start(self, previous: list[Result]) -> None:
        """Open the records for appending, holding the kept results of an earlier run first."""
        if self.csv_path:
            fm.write_atomic(self.csv_path, fm.csv_text([self._row(r) for r in previous], self.fields))
            self._csv = open(self.csv_path, "a", newline="", encoding="utf-8")
        if self.output:
            fm.write_atomic(self.journal_path, "".join(_journal_line(r) for r in previous))
            self._journal = open(self.journal_path, "a", encoding="utf-8")

    def add(self, r: Result) -> None:
        """Record one finished result now (flushed to disk)."""
        if self._csv:
            csv.DictWriter(self._csv, fieldnames=self.fields, extrasaction="ignore").writerow(self._row(r))
            _sync(self._csv)
        if self._journal:
            self._journal.write(_journal_line(r))
            _sync(self._journal)

    def finish(self, results: list[Result]) -> str:
        """Close the records and write the final outputs in file order; returns what goes to stdout."""
        for f in (self._csv, self._journal):
            if f:
                f.close()
        if self.csv_path:
            fm.write_atomic(self.csv_path, fm.csv_text([self._row(r) for r in results], self.fields))
        if self.fmt == "junit":
            text = fm.junit(results, self.n_layers, self.rubric)
        elif self.fmt == "json":
            text = fm.json_text({"ok": all(r.status == "ok" for r in results), "results": [r.json for r in results]})
        else:
            n_ok = sum(r.status == "ok" for r in results)
            text = "\n".join(r.text + self._score_line(r) for r in results) + "\n\n" + (
                f"{n_ok} of {len(results)} submission(s) pass; " + ", ".join(
                    f"{s}: {sum(r.status == s for r in results)}" for s in STATUSES[1:]
                    if any(r.status == s for r in results))) + "\n"
        if self.output:
            fm.write_atomic(self.output, text)
            return ""
        return text

    def _row(self, r: Result) -> dict:
        if r.json or not self.rubric:
            return fm.csv_row(r, self.n_layers, self.rubric)
        return dict(r.csv)  # resumed from a CSV alone: its own score columns

    def _score_line(self, r: Result) -> str:
        if not self.rubric or not r.json:
            return ""
        g = fm.grade_result(r, self.n_layers, self.rubric)
        return f"\n  score: {g.score:g} of {g.max_score:g}"


def _journal_line(r: Result) -> str:
    return json.dumps(asdict(r)) + "\n"


def _read_journal(path: Path) -> dict[str, Result]:
    out = {}
    if not path.exists():
        return out
    with path.open(encoding="utf-8") as f:
        for line in f:
            try:
                d = json.loads(line)
                out[d["file"]] = Result(d["file"], d["status"], d["json"], d["csv"], d["text"], float(d["seconds"]))
            except (ValueError, KeyError, TypeError):
                continue  # the line an interruption cut short
    return out


def _read_csv(path: Path) -> dict[str, dict]:
    if not path.exists():
        return {}
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return {r["file"]: r for r in rows if r.get("file") and r.get("status") in STATUSES}


def _sync(f) -> None:
    f.flush()
    try:
        os.fsync(f.fileno())
    except OSError:
        pass


def _float(text) -> float:
    try:
        return float(text)
    except (TypeError, ValueError):
        return 0.0


def write_stdout(text: str) -> None:
    if text:
        sys.stdout.write(text)
        sys.stdout.flush()
