"""Detection's share of a check: how long reading a submission's interface takes, beside the whole check.

    python benchmarks/detection.py                 # every style file in tests/styles
    python benchmarks/detection.py --sample 10     # also 10 whole checks (the ratio detection / check)
    python benchmarks/detection.py colmajor_ok layer_objects_ok --json

Detection is what ``xval check`` does before any gradient is compared: load the
file, try each interface style in turn (names, signatures, then probe calls
on small inputs) and settle on one reading. The interfaces issue gives it a
budget of 1 s per file. This measures it in this process on the project's own
style files (trusted code, so no sandbox): per file, ``--repeat`` runs, the
fastest kept. With ``--sample N``, N of those files are also checked whole (one
trace step, the sandboxed worker included) and each file's detection is
printed as a share of its check. Times are printed, never asserted: a test
only keeps the JSON contract (tests/test_benchmark.py).
"""

from __future__ import annotations

import argparse
import functools
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STYLES = ROOT / "tests" / "styles"
BUDGET = 1.0
"""Seconds detection may add to a file's check (the interfaces issue's budget)."""


def detect_seconds(path: Path, repeat: int) -> tuple[float, str]:
    """The fastest of ``repeat`` detections of one file, and the style it was read as."""
    from xval.reports.check.adapter import resolve
    from xval.reports.check.loading import load_submission

    best, style = float("inf"), ""
    for _ in range(repeat):
        model = resolve(load_submission(path))
        best = min(best, model.detect_seconds)
        style = model.interface.split()[0]  # class, functions, layer ...
    return best, style


@functools.lru_cache(maxsize=1)
def _inputs():
    """The default weights and one trace step's rows, as the CLI loads them without --weights (read once)."""
    from xval.reports.check.inputs import load_inputs

    return load_inputs(None, None, None, 1)


def check_seconds(path: Path) -> float:
    """Wall seconds of one whole check (one trace step), as the CLI runs it without --weights."""
    from xval.reports.check import CheckOptions, check_submission

    params, x, y, real = _inputs()
    t0 = time.perf_counter()
    check_submission(path, params, x, y, real, CheckOptions(steps=1, fit_depth=True))
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("names", nargs="*", help="style files (stems in tests/styles); default: every *_ok file")
    ap.add_argument("--repeat", type=int, default=3, help="detections per file, the fastest kept (default 3)")
    ap.add_argument("--sample", type=int, default=0, help="also check this many files whole, for the ratio")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = ap.parse_args(argv)
    names = args.names or sorted(p.stem for p in STYLES.glob("*_ok.py"))
    missing = [n for n in names if not (STYLES / f"{n}.py").is_file()]
    if missing:
        ap.error(f"no such style file in {STYLES}: {', '.join(missing)}")

    rows = {}
    for i, name in enumerate(names, 1):
        seconds, style = detect_seconds(STYLES / f"{name}.py", args.repeat)
        rows[name] = {"detect_seconds": seconds, "style": style}
        if not args.json:
            print(f"\r  detecting {i}/{len(names)}", end="", file=sys.stderr, flush=True)
    # the sample: the slowest detections first (where the share matters), whole checks in this process,
    # after one untimed check (the oracles' imports and first compilations are not a file's cost)
    sample = sorted(rows, key=lambda n: -rows[n]["detect_seconds"])[:args.sample]
    if sample:
        check_seconds(STYLES / f"{sample[0]}.py")
    for name in sample:
        rows[name]["check_seconds"] = check_seconds(STYLES / f"{name}.py")
        rows[name]["share"] = rows[name]["detect_seconds"] / rows[name]["check_seconds"]
    if not args.json:
        print(file=sys.stderr)

    times = sorted(r["detect_seconds"] for r in rows.values())
    summary = {"files": len(rows), "budget_seconds": BUDGET,
               "over_budget": sorted(n for n, r in rows.items() if r["detect_seconds"] > BUDGET),
               "median_seconds": statistics.median(times), "max_seconds": times[-1],
               "slowest": max(rows, key=lambda n: rows[n]["detect_seconds"])}
    shares = [r["share"] for r in rows.values() if "share" in r]
    if shares:
        summary["median_share_of_check"] = statistics.median(shares)
    if args.json:
        print(json.dumps({"summary": summary, "files": rows}, indent=1))
        return 0
    print(f"{'file':44} {'style':10} {'detect s':>9} {'check s':>8} {'share':>6}")
    for name, r in sorted(rows.items(), key=lambda kv: -kv[1]["detect_seconds"]):
        check = f"{r['check_seconds']:8.2f} {r['share']:6.1%}" if "share" in r else ""
        print(f"{name:44} {r['style']:10} {r['detect_seconds']:9.3f} {check}")
    print(f"\n{summary['files']} files: detection median {summary['median_seconds']:.3f} s, "
          f"max {summary['max_seconds']:.3f} s ({summary['slowest']}); "
          f"{len(summary['over_budget'])} over the {BUDGET:g} s budget"
          + (f"; median share of a whole check {summary['median_share_of_check']:.1%}" if shares else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
