"""Grading throughput: N generated submissions through xval check's batch engine, timed.

    python benchmarks/grading.py 1000              # 1000 files, --buggy 0.2 of them with one bug each
    python benchmarks/grading.py 200 --fresh 20    # also a fresh process per file, on 20 files (the ratio)
    python benchmarks/grading.py 40 --dask         # also a local Dask cluster: 2 workers over 1
    python benchmarks/grading.py 50 --json

The submissions: the correct notebook-style file and the mutation corpus
(tests/mutants/bugs.py), cycled, each written as its own file. They are
checked as ``xval check DIR --jobs J`` checks them: warm judge processes
(reports/check/warm.py), each file with the default time limit, the real data
when installed (``--steps`` re-synced trace steps, xval check's default).

Printed: files per minute, the projection for 1000 files, per-file latency
percentiles (time from handing a file to a judge to its result), and where a
check's time goes, measured in this process on ``--sample`` files: the oracles
(torch and jax calls), the submission (the judge waiting on its sandboxed worker: the
submission's calls, the worker's starting and the array channel), the judging around them
(comparisons, diagnoses), and the pool's overhead (latency minus the check's
own time: the pipe, JSON, the judge's startup spread over its files). Times
are printed, never asserted.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.mutants.bugs: the mutation corpus

THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def generate(n: int, buggy: float, directory: Path) -> list[Path]:
    """``n`` submission files: every k-th one a mutant (cycling the corpus), the rest correct."""
    from tests.mutants.bugs import BASE, BUGS, mutant_source

    correct, bugs = BASE.read_text(), sorted(BUGS)
    every = round(1 / buggy) if buggy > 0 else 0
    files = []
    for i in range(n):
        bug = bugs[(i // every) % len(bugs)] if every and i % every == every - 1 else None
        path = directory / f"s{i:05d}{'_' + bug if bug else ''}.py"
        path.write_text((mutant_source(bug) if bug else correct) + f"\n# submission {i}\n")
        files.append(path)
    return files


def percentiles(values: list[float]) -> dict:
    v = sorted(values)
    pick = lambda q: v[min(len(v) - 1, int(round(q * (len(v) - 1))))]
    return {"p50": pick(0.5), "p90": pick(0.9), "p99": pick(0.99), "max": v[-1], "mean": statistics.fmean(v)}


def run_pool(files, pool, args, jobs: int) -> dict:
    from xval.reports.check.batch import run_batch
    from xval.reports.check.warm import WarmPool

    worker_args = ["--steps", str(args.steps)]
    env = dict(os.environ)
    for var in THREAD_VARS:  # as xval check --jobs does
        env.setdefault(var, str(max(1, (os.cpu_count() or 1) // jobs)))
    t0, cpu0 = time.perf_counter(), children_cpu()
    with WarmPool(pool, worker_args, jobs, args.timeout, env) as judges:
        results = run_batch(files, pool, worker_args, jobs, args.timeout, check=judges.check)
    out = summarize(results, time.perf_counter() - t0)
    # CPU seconds: the judges' (counted when they are reaped, at the pool's close) and each submission's
    # sandboxed worker (measured by its judge from /proc: a sandbox is killed, never reaped here). On a
    # machine shared with other work, wall time measures the neighbours too; CPU time projects an idle one.
    judges = (children_cpu() - cpu0) / len(results)
    workers = statistics.fmean(submission_cpu(r) for r in results)
    out["cpu_seconds_per_file"] = judges + workers
    out["cpu_split"] = {"judge": judges, "submission_worker": workers}
    out["idle_projection_minutes_per_1000"] = 1000 * out["cpu_seconds_per_file"] / (os.cpu_count() or 1) / 60
    return out


def submission_cpu(result) -> float:
    timing = result.json.get("timing") if isinstance(result.json, dict) else None
    return float((timing or {}).get("submission_cpu_seconds") or 0.0)


def children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_fresh(files, pool, args, jobs: int) -> dict:
    from xval.reports.check.batch import run_batch

    env = dict(os.environ)
    for var in THREAD_VARS:
        env.setdefault(var, str(max(1, (os.cpu_count() or 1) // jobs)))
    t0, cpu0 = time.perf_counter(), children_cpu()
    results = run_batch(files, pool, ["--steps", str(args.steps)], jobs, args.timeout, env=env)
    out = summarize(results, time.perf_counter() - t0)
    out["cpu_seconds_per_file"] = (children_cpu() - cpu0) / len(results) + statistics.fmean(
        submission_cpu(r) for r in results)
    return out


def run_dask(files, pool, args, workers: int) -> dict:
    from distributed import LocalCluster

    from xval.reports.check.cluster import run_dask as on_cluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        t0 = time.perf_counter()
        results = on_cluster(c.scheduler_address, files, pool, ["--steps", str(args.steps)], args.timeout)
        return summarize(results, time.perf_counter() - t0)


def summarize(results, wall: float) -> dict:
    latency = [r.seconds for r in results]
    check = [float(r.csv.get("seconds") or 0.0) for r in results]
    status = {}
    for r in results:
        status[r.status] = status.get(r.status, 0) + 1
    return {"files": len(results), "wall_seconds": wall, "files_per_minute": 60 * len(results) / wall,
            "seconds_per_1000": 1000 * wall / len(results), "latency": percentiles(latency),
            "check_seconds_mean": statistics.fmean(check),
            "overhead_seconds_mean": statistics.fmean(lat - c for lat, c in zip(latency, check)), "status": status}


def time_shares(files, inputs, args) -> dict:
    """Where one check's time goes, in this process: oracle calls, submission calls, the rest (judging)."""
    from xval.reference.jax_oracle import JaxOracle
    from xval.reference.torch_oracle import TorchOracle
    from xval.reports.check import CheckOptions, check_submission
    from xval.reports.check import remote

    spent = {"oracles": 0.0, "submission": 0.0}
    depth = {"n": 0}

    def timed(kind, fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            if depth["n"]:
                return fn(*a, **kw)  # nested (an oracle calling itself): counted once
            depth["n"] += 1
            t = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                spent[kind] += time.perf_counter() - t
                depth["n"] -= 1
        return wrapper

    patched = [(cls, m) for cls in (TorchOracle, JaxOracle) for m in ("forward", "loss_and_grads", "evaluate")]
    # the submission runs in its worker: its share is the judge's wait for the worker's replies (the
    # submission's own calls, the worker's guard and the channel), every request from load to summary
    patched.append((remote.Worker, "request"))
    saved = [(cls, m, getattr(cls, m)) for cls, m in patched]
    params, x, y, real = inputs
    opts = CheckOptions(steps=args.steps, timeout=args.timeout)
    check_submission(files[0], params, x, y, real, opts)  # warm-up: imports and JAX compilation
    try:
        for cls, m, fn in saved:
            setattr(cls, m, timed("submission" if cls is remote.Worker else "oracles", fn))
        t0 = time.perf_counter()
        for f in files:
            check_submission(f, params, x, y, real, opts)
        total = time.perf_counter() - t0
    finally:
        for cls, m, fn in saved:
            setattr(cls, m, fn)
    out = {"files": len(files), "check_seconds_mean": total / len(files),
           "oracles": spent["oracles"] / total,
           "submission": spent["submission"] / total}
    out["judging"] = 1.0 - out["oracles"] - out["submission"]
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("n", type=int, help="number of submissions to generate and check")
    p.add_argument("--buggy", type=float, default=0.2, help="share of the files with one bug (default 0.2)")
    p.add_argument("--jobs", type=int, default=2, help="warm judges (default 2)")
    p.add_argument("--steps", type=int, default=None, help="trace steps per check (default: xval check's)")
    p.add_argument("--timeout", type=float, default=60.0)
    p.add_argument("--sample", type=int, default=5, help="files checked in this process for the time shares")
    p.add_argument("--fresh", type=int, default=0, metavar="K", help="also K files with a fresh process each")
    p.add_argument("--dask", action="store_true", help="also min(n, 40) files on a local Dask cluster, 1 and 2 "
                   "workers")
    p.add_argument("--json", action="store_true")
    a = p.parse_args(argv)
    if a.steps is None:
        from xval.reports.check.runner import DEFAULT_STEPS
        a.steps = DEFAULT_STEPS
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    from xval.reports.check.inputs import load_inputs, save_pool

    params, x, y, real = load_inputs(None, None, None, a.steps)
    res = {"n": a.n, "buggy": a.buggy, "jobs": a.jobs, "steps": a.steps, "real_data": real,
           "cpus": os.cpu_count(), "python": platform.python_version(), "load_average": os.getloadavg()}
    with tempfile.TemporaryDirectory(prefix="xval-grading-") as tmp:
        tmp = Path(tmp)
        subs = tmp / "subs"
        subs.mkdir()
        files = generate(a.n, a.buggy, subs)
        pool = tmp / "pool.npz"
        save_pool(pool, params, x, y, real)
        res["warm"] = run_pool(files, pool, a, a.jobs)
        if a.fresh:
            res["fresh"] = run_fresh(files[:a.fresh], pool, a, a.jobs)
            res["warm_over_fresh"] = res["fresh"]["seconds_per_1000"] / res["warm"]["seconds_per_1000"]
        if a.dask:
            few = files[:min(a.n, 40)]
            res["dask"] = {str(w): run_dask(few, pool, a, w) for w in (1, 2)}
            res["dask_speedup_2_over_1"] = res["dask"]["1"]["wall_seconds"] / res["dask"]["2"]["wall_seconds"]
        if a.sample:
            res["shares"] = time_shares(files[:a.sample], (params, x, y, real), a)
    res["load_average_after"] = os.getloadavg()
    if a.json:
        print(json.dumps(res, indent=1))
    else:
        report(res)
    return 0


def report(r: dict) -> None:
    w = r["warm"]
    lat = w["latency"]
    print(f"{w['files']} submissions ({r['buggy']:.0%} with a bug), {r['jobs']} warm judges, {r['steps']} trace steps, "
          f"{'real' if r['real_data'] else 'synthetic'} data, {r['cpus']} CPUs, load average "
          f"{r['load_average'][0]:.1f} before / {r['load_average_after'][0]:.1f} after")
    print(f"  {w['files_per_minute']:.1f} files/minute; 1000 files in {w['seconds_per_1000'] / 60:.1f} min "
          f"(target 6.0); statuses {w['status']}")
    split = w["cpu_split"]
    print(f"  CPU time: {w['cpu_seconds_per_file']:.2f} s per file (judge {split['judge']:.2f} s, the submission's "
          f"sandboxed worker {split['submission_worker']:.2f} s), so 1000 files in "
          f"{w['idle_projection_minutes_per_1000']:.1f} min on {r['cpus']} idle cores")
    print(f"  latency per file: p50 {lat['p50']:.2f} s, p90 {lat['p90']:.2f} s, p99 {lat['p99']:.2f} s, "
          f"max {lat['max']:.2f} s; the check itself {w['check_seconds_mean']:.2f} s, the pool's overhead "
          f"{w['overhead_seconds_mean']:.3f} s on average")
    if "fresh" in r:
        print(f"  a fresh process per file: {r['fresh']['files_per_minute']:.1f} files/minute, "
              f"{r['fresh']['cpu_seconds_per_file']:.2f} CPU s per file; warm judges are "
              f"{r['warm_over_fresh']:.2f}x faster in wall time")
    if "dask" in r:
        d = r["dask"]
        print(f"  local Dask cluster, {d['1']['files']} files: 1 worker {d['1']['wall_seconds']:.1f} s, 2 workers "
              f"{d['2']['wall_seconds']:.1f} s: speed-up {r['dask_speedup_2_over_1']:.2f}x")
    if "shares" in r:
        s = r["shares"]
        sub = f"{s['submission']:.0%}"
        print(f"  time shares of a check ({s['files']} files in this process, {s['check_seconds_mean']:.2f} s each): "
              f"oracles {s['oracles']:.0%}, submission {sub}, judging (comparisons, diagnoses) {s['judging']:.0%}")


if __name__ == "__main__":
    sys.exit(main())
