"""Points for one checked submission: its report's JSON split into check groups, scored by a rubric.

Groups (one Gradescope test / JUnit testcase each), in this order: ``load``
(the file could be checked), ``forward``, one per gradient tensor in backprop
order (``w3 b3 w2 b2 w1 b1``), ``update``, ``helpers``, ``trace``. A group
fails when a check of severity "fail" maps to it (warnings and notes never
fail a group). A submission that was unusable, crashed or timed out, or that
xval itself failed on (status ``error``), scores 0 in every group, and the
reason is the ``load`` group's output.

Built only from what every mode produces (the status and the ``--json``
report), so a single check, a batch row, a resumed journal line and a Dask
result grade the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from xval.reports.check.adapter import HELPERS
from xval.reports.check.rubric import Rubric

NOT_CHECKED = ("unusable", "timeout", "crashed", "error")
TENSOR_CODES = ("short-batch", "scaled-gradient", "weight-decay", "stale-weights", "relu-gate", "precision-loss",
                "small-constant", "gradient-mismatch", "not-updated", "update-rule", "stateful", "raised",
                "input-mutated")
_TENSOR = re.compile(r"^[wb]\d+$")


@dataclass
class Test:
    group: str  # load | forward | gradients | update | helpers | trace
    key: str  # load, forward, w3, b3, ..., update, helpers, trace
    name: str
    max_score: float
    score: float = 0.0
    passed: bool = True
    visibility: str = "visible"
    lines: list[str] = field(default_factory=list)  # what failed, or what was checked
    diagnoses: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # the rubric's messages and how the points were set

    @property
    def output(self) -> str:
        return "\n".join(self.lines + [f"Diagnosis {d['code']}: {d['message']}" for d in self.diagnoses]
                         + self.notes)


@dataclass
class Grade:
    file: str
    status: str
    tests: list[Test]
    rubric: Rubric
    seconds: float = 0.0
    summary: str = ""

    # each test's points are rounded first (to the rubric's precision): the total is the sum a student can add up
    @property
    def score(self) -> float:
        return self.rubric.round(sum(self.rubric.round(t.score) for t in self.tests))

    @property
    def max_score(self) -> float:
        return self.rubric.round(sum(self.rubric.round(t.max_score) for t in self.tests))


def tensor_names(n_layers: int) -> list[str]:
    return [f"{k}{i}" for i in range(n_layers, 0, -1) for k in "wb"]


def grade(file: str, status: str, report: dict, n_layers: int, rubric: Rubric, seconds: float = 0.0) -> Grade:
    """Score one submission's ``--json`` report (``status`` as in the CSV) with ``rubric``; deterministic."""
    tensors = tensor_names(n_layers)
    tests = _empty_tests(tensors, rubric)
    by_key = {t.key: t for t in tests}
    checks = report.get("checks", [])
    if status in NOT_CHECKED:
        reason = _reason(status, checks, report.get("diagnosis", []))
        for t in tests:
            t.passed, t.score = False, 0.0
            t.lines = [reason] if t.key == "load" else [f"not checked: the file could not be checked ({status})"]
        return Grade(file, status, tests, rubric, seconds, f"{status}: {reason}")
    helpers_seen, failing = [], {}
    for c in checks:
        keys = _item_keys(c, tensors)
        if c.get("name", "").startswith("helper "):
            helpers_seen.append(c["name"][7:])
        if c.get("ok") or c.get("severity") != "fail":
            continue
        step = c.get("step") or 0
        where = (c.get("case") or "-") + (f" step {step}" if step else "")
        for k in keys:
            by_key[k].passed = False
            failing.setdefault(k, {}).setdefault(c.get("name", ""), []).append((where, c.get("detail", "")))
    for k, items in failing.items():  # the first failure of each check in full, then where else it failed
        for name, seen in items.items():
            by_key[k].lines.append(f"{name} ({seen[0][0]}): {seen[0][1]}")
            others = list(dict.fromkeys(w for w, _ in seen[1:] if w != seen[0][0]))
            if others:
                by_key[k].lines.append(f"  also fails on: {', '.join(others)}")
    diagnoses = report.get("diagnosis", [])
    for t in tests:
        if t.passed:
            t.score = t.max_score
            t.lines = [_passed_line(t, helpers_seen)]
            continue
        attached = [d for d in diagnoses if t.key in _diagnosis_keys(d, tensors)]
        t.diagnoses = attached
        t.score, t.notes = _points(t, attached, rubric)
    # the summary is shown with the result: it names only groups students may see now
    failed = [t.name for t in tests if not t.passed and t.visibility == "visible"]
    summary = (f"failed: {'; '.join(failed)}" if failed else "every check group passes"
               if all(t.passed for t in tests) else "every check group shown now passes")
    return Grade(file, status, tests, rubric, seconds, summary)


def _empty_tests(tensors: list[str], rubric: Rubric) -> list[Test]:
    g = rubric.groups
    tests = [Test("load", "load", g["load"].name, g["load"].points, visibility=g["load"].visibility),
             Test("forward", "forward", g["forward"].name, g["forward"].points, visibility=g["forward"].visibility)]
    share = g["gradients"].points / len(tensors) if tensors else 0.0
    named = g["gradients"].name if "{param}" in g["gradients"].name else g["gradients"].name + " ({param})"
    tests += [Test("gradients", n, named.replace("{param}", n), share, visibility=g["gradients"].visibility)
              for n in tensors]
    tests += [Test(k, k, g[k].name, g[k].points, visibility=g[k].visibility) for k in ("update", "helpers", "trace")]
    return tests


def _item_keys(c: dict, tensors: list[str]) -> list[str]:
    """The group(s) one check of the report belongs to."""
    name, stage, case = c.get("name", ""), c.get("stage", ""), c.get("case", "")
    if case == "trace" or name == "trace":
        return ["trace"]
    if name.startswith("helper "):
        return ["helpers"]
    if name in ("update rule", "repeatable"):
        return ["update"]
    if name == "inputs unchanged":
        return ["forward" if stage == "forward" else "update"]
    if name == "gradient" or (name.endswith(" runs") and stage != "forward"):
        named = [p for p in c.get("params", []) if p in tensors]
        return named or list(tensors)
    return {"load": ["load"], "forward": ["forward"], "backward": list(tensors), "update": ["update"]}.get(
        stage, ["load"])


def _diagnosis_keys(d: dict, tensors: list[str]) -> set[str]:
    """The groups a diagnosis explains (its credit applies to them when they fail)."""
    code, params = d.get("code", ""), d.get("params", [])
    named = {p for p in params if p in tensors}
    helpers = {p for p in params if p in HELPERS}
    keys = {"trace"}  # a failing trace is explained by whatever is wrong
    if helpers:
        keys.add("helpers")
    if code == "forward-mismatch" and not helpers:
        keys.add("forward")
    elif code == "input-mutated":
        keys.add("forward" if d.get("message", "").startswith("forward") else "update")
    elif code in ("stateful", "update-rule"):
        keys |= {"update"} | named
    elif code == "raised":
        if "forward" in params:
            keys.add("forward")
        elif not params:
            keys.add("load")
        elif not helpers and not named:  # backward (or its custom name) raised: no gradient at all
            keys |= set(tensors) | {"update"}
        keys |= named
    elif code in TENSOR_CODES or named:
        keys |= named
    return keys


def _points(t: Test, attached: list[dict], rubric: Rubric) -> tuple[float, list[str]]:
    if not attached:
        kept = rubric.default.points(t.max_score)
        return kept, [f"Points: {kept:g} of {t.max_score:g} (no diagnosis explains this failure)"]
    best = None
    for d in attached:
        rule = rubric.rule(d.get("code", ""))
        kept = rule.points(t.max_score, d.get("factor") if d.get("code") == "scaled-gradient" else None)
        if best is None or kept < best[0]:
            best = (kept, d, rule)
    kept, d, rule = best
    notes = [rule.message] if rule.message else []
    notes.append(f"Points: {rubric.round(kept):g} of {t.max_score:g} (rubric for {d.get('code')})")
    return kept, notes


def _passed_line(t: Test, helpers_seen: list[str]) -> str:
    if t.key == "load":
        return "the file loads and every check could run"
    if t.key == "helpers":
        seen = list(dict.fromkeys(helpers_seen))
        return f"agree: {', '.join(seen)}" if seen else "no helper functions defined (they are optional)"
    if t.key == "trace":
        return "every re-synced training step agrees with the oracle"
    return "agrees with the oracle on every case"


def _reason(status: str, checks: list[dict], diagnoses: list[dict]) -> str:
    details = [c.get("detail", "") for c in checks if not c.get("ok") and c.get("severity") in (status, "fail")
               and c.get("stage") == "load"]
    details += [d.get("message", "") for d in diagnoses if d.get("code") == "raised" and not d.get("params")]
    what = {"unusable": "the file could not be checked", "timeout": "the submission did not finish in time",
            "crashed": "the submission crashed the check",
            "error": "xval itself failed on this file, so it has no verdict (re-run it; not the submission's doing)"
            }[status]
    text = "; ".join(dict.fromkeys(x for x in details if x)) or "no detail was recorded"
    return f"{what}: {text}"
