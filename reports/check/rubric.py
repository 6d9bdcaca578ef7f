"""A grading rubric (TOML): points per check group, credit or deduction per diagnosis code, visibility.

The format is documented in the default rubric, ``default_rubric.toml`` next to
this module (``xval check --rubric FILE`` replaces it). Loading validates every
key and value and says what was expected; a rubric never changes a verdict,
only the points.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from xval.impl.errors import InputError

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10 (e.g. Ubuntu 22.04's, on Gradescope): the same parser, from PyPI
    import tomli as tomllib

DEFAULT_RUBRIC = Path(__file__).with_name("default_rubric.toml")
GROUPS = ("load", "forward", "gradients", "update", "helpers", "trace")
VISIBILITY = ("visible", "hidden", "after_due_date", "after_published")
FACTOR_MATCH = 1e-3  # relative: a factor-specific credit applies within 0.1%


@dataclass(frozen=True)
class Group:
    name: str
    points: float
    visibility: str = "visible"


@dataclass(frozen=True)
class CodeRule:
    credit: float | None = None  # fraction of a failed group's points kept
    deduct: float | None = None  # or: points taken off the group
    message: str = ""
    factors: tuple[tuple[float, float], ...] = ()  # (factor, credit), scaled-gradient only

    def points(self, group_points: float, factor: float | None = None) -> float:
        """What a failed group worth ``group_points`` keeps under this rule."""
        if factor is not None:
            for f, credit in self.factors:
                if math.isclose(factor, f, rel_tol=FACTOR_MATCH):
                    return group_points * credit
        if self.deduct is not None:
            return max(0.0, group_points - self.deduct)
        return group_points * (self.credit or 0.0)


@dataclass(frozen=True)
class Rubric:
    groups: dict[str, Group]
    codes: dict[str, CodeRule]
    title: str = "xval check"
    visibility: str = "visible"
    precision: int = 2
    source: str = ""
    default: CodeRule = field(default_factory=lambda: CodeRule(credit=0.0))

    def rule(self, code: str) -> CodeRule:
        return self.codes.get(code, self.default)

    def round(self, points: float) -> float:
        return round(points + 0.0, self.precision)


def load_rubric(path: str | Path | None = None) -> Rubric:
    """The rubric at ``path`` (default: the shipped one); an InputError names the bad key and the fix."""
    src = Path(path) if path else DEFAULT_RUBRIC
    try:
        data = tomllib.loads(src.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"--rubric {src}: cannot read it ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"--rubric {src}: not valid TOML: {exc}") from None
    return parse_rubric(data, str(src))


def parse_rubric(data: dict, source: str = "rubric") -> Rubric:
    def bad(where: str, what: str) -> InputError:
        return InputError(f"{source}: {where}: {what} (see {DEFAULT_RUBRIC.name}, shipped with xval, for the format)")

    _keys(data, {"title", "visibility", "precision", "groups", "codes"}, "top level", bad)
    visibility = _visibility(data.get("visibility", "visible"), "visibility", bad)
    precision = data.get("precision", 2)
    if not isinstance(precision, int) or isinstance(precision, bool) or not 0 <= precision <= 6:
        raise bad("precision", f"expected a whole number of decimals 0..6, found {precision!r}")
    raw_groups = data.get("groups", {})
    if not isinstance(raw_groups, dict):
        raise bad("groups", "expected a table [groups.NAME]")
    groups = {}
    for name in GROUPS:
        g = raw_groups.get(name, {})
        where = f"[groups.{name}]"
        if not isinstance(g, dict):
            raise bad(where, "expected a table with points, name, visibility")
        _keys(g, {"points", "name", "visibility"}, where, bad)
        groups[name] = Group(str(g.get("name", name)), _number(g.get("points", 0), f"{where} points", bad),
                             _visibility(g.get("visibility", "visible"), f"{where} visibility", bad))
    unknown = sorted(set(raw_groups) - set(GROUPS))
    if unknown:
        raise bad("groups", f"unknown group {unknown[0]!r}; the groups are {', '.join(GROUPS)}")
    if sum(g.points for g in groups.values()) <= 0:
        raise bad("groups", "the points add up to 0; give at least one group points")
    raw_codes = data.get("codes", {})
    if not isinstance(raw_codes, dict):
        raise bad("codes", "expected tables [codes.CODE]")
    codes = {code: _code_rule(rule, f"[codes.{code}]", bad) for code, rule in raw_codes.items()}
    default = codes.pop("default", CodeRule(credit=0.0))
    return Rubric(groups, codes, str(data.get("title", "xval check")), visibility, precision, source, default)


def _code_rule(rule, where: str, bad) -> CodeRule:
    if not isinstance(rule, dict):
        raise bad(where, "expected a table with credit or deduct, and optionally message")
    _keys(rule, {"credit", "deduct", "message", "factors"}, where, bad)
    if "credit" in rule and "deduct" in rule:
        raise bad(where, "give credit (a fraction kept) or deduct (points taken off), not both")
    credit = _fraction(rule["credit"], f"{where} credit", bad) if "credit" in rule else None
    deduct = _number(rule["deduct"], f"{where} deduct", bad) if "deduct" in rule else None
    if credit is None and deduct is None:
        credit = 0.0
    factors = []
    for i, f in enumerate(rule.get("factors", [])):
        w = f"{where} factors[{i}]"
        if not isinstance(f, dict) or set(f) != {"factor", "credit"}:
            raise bad(w, "expected {factor = NUMBER, credit = FRACTION}")
        if not isinstance(f["factor"], (int, float)) or isinstance(f["factor"], bool) or f["factor"] == 0:
            raise bad(w, f"expected a non-zero number for factor, found {f['factor']!r}")
        factors.append((float(f["factor"]), _fraction(f["credit"], f"{w} credit", bad)))
    message = rule.get("message", "")
    if not isinstance(message, str):
        raise bad(f"{where} message", f"expected a string, found {message!r}")
    return CodeRule(credit, deduct, message, tuple(factors))


def _keys(table: dict, allowed: set[str], where: str, bad) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise bad(where, f"unknown key {unknown[0]!r}; expected {', '.join(sorted(allowed))}")


def _number(v, where: str, bad) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or v < 0:
        raise bad(where, f"expected a number >= 0, found {v!r}")
    return float(v)


def _fraction(v, where: str, bad) -> float:
    v = _number(v, where, bad)
    if v > 1:
        raise bad(where, f"expected a fraction between 0 and 1 (the share of the group's points kept), found {v:g}")
    return v


def _visibility(v, where: str, bad) -> str:
    if v not in VISIBILITY:
        raise bad(where, f"expected one of {', '.join(VISIBILITY)}, found {v!r}")
    return v
