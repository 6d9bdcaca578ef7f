"""Batch mode for graders and the pytest plugin: separate processes, one row each, failures contained."""

from __future__ import annotations

import csv
import importlib.metadata
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from xval.reports.check.batch import discover, run_batch
from xval.reports.check.inputs import load_inputs, save_pool

MUTANTS = Path(__file__).parent / "mutants"
BODY = (MUTANTS / "correct_notebook_style.py").read_text()


@pytest.mark.slow
def test_batch_rows_in_order_with_crash_and_unusable_contained(tmp_path, xval, mutants):
    subs = tmp_path / "class"
    (subs / "alice").mkdir(parents=True)
    (subs / "alice" / "hw.py").write_text(BODY)
    (subs / "bob.py").write_text((mutants / "no_batch_mean.py").read_text())
    (subs / "carol.py").write_text(BODY.replace("def backward(", "def descend("))
    (subs / "dave.py").write_text("import os\n" + BODY.replace("    pre, outs = [], [x]\n", "    os._exit(3)\n", 1))
    (subs / ".ipynb_checkpoints").mkdir()
    (subs / ".ipynb_checkpoints" / "old.py").write_text("junk")
    out_csv = tmp_path / "results.csv"
    code, out, err = xval("check", subs, "--jobs", "2", "--csv", out_csv, "--steps", "1")
    assert code == 1
    rows = list(csv.DictReader(out_csv.open()))
    assert [Path(r["file"]).name for r in rows] == ["hw.py", "bob.py", "carol.py", "dave.py"]
    status = {Path(r["file"]).name: r for r in rows}
    assert status["hw.py"]["status"] == "ok" and status["hw.py"]["exit_code"] == "0"
    assert status["bob.py"]["status"] == "mismatch" and status["bob.py"]["codes"] == "scaled-gradient"
    assert float(status["bob.py"]["factors"]) == pytest.approx(200.0)
    assert status["bob.py"]["first_param"] == "w3" and status["bob.py"]["first_stage"] == "backward"
    assert status["carol.py"]["status"] == "unusable" and "backward" in status["carol.py"]["message"]
    assert status["dave.py"]["status"] == "crashed"
    assert "1 of 4 submission(s) pass" in out and "[4/4]" in err


@pytest.mark.slow
def test_a_hang_that_ignores_signals_is_killed_at_the_judges_deadline(tmp_path):
    hang = tmp_path / "hang.py"
    hang.write_text(textwrap.dedent("""
        import signal, time

        def stubborn(f):  # runs at load time, deaf to any alarm
            signal.signal(signal.SIGALRM, signal.SIG_IGN)
            time.sleep(600)

        @stubborn
        def forward(x, weights, biases):
            pass
        """))
    params, x, y, real = load_inputs(None, None, None, steps=1)
    pool = tmp_path / "pool.npz"
    save_pool(pool, params, x, y, real)
    (r,) = run_batch([hang], pool, ["--steps", "1"], jobs=1, timeout=2.0, grace=60.0)
    # the judge's own deadline (2 s from loading) kills the worker, long before the batch's outer limit
    assert r.status == "timeout" and r.exit_code == 1 and r.seconds < 60.0
    assert "loading the submission did not finish" in r.text
    assert r.json["ok"] is False and "did not finish" in r.json["checks"][0]["detail"]


def test_discover_refuses_nothing_to_check(tmp_path):
    from xval.impl.errors import InputError
    with pytest.raises(InputError, match="no submissions"):
        discover([str(tmp_path)])


def _plugin_args() -> list[str]:
    registered = any(ep.value == "xval.reports.pytest_plugin"
                     for ep in importlib.metadata.entry_points(group="pytest11"))
    return [] if registered else ["-p", "xval.reports.pytest_plugin"]


@pytest.mark.slow
def test_pytest_plugin_gate_passes_fails_with_the_diagnosis_and_takes_xval_impl(tmp_path, mutants):
    (tmp_path / "good.py").write_text(BODY)
    (tmp_path / "bad.py").write_text((mutants / "bias_mean_not_sum.py").read_text())
    (tmp_path / "test_gate.py").write_text(textwrap.dedent("""
        def test_good(xval_check):
            assert xval_check("good.py").ok

        def test_bad(xval_check):
            xval_check("bad.py")

        def test_from_option(xval_check):
            xval_check()
        """))
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *_plugin_args(),
                           "--rootdir", str(tmp_path), "-c", "/dev/null", str(tmp_path / "test_gate.py"),
                           "--xval-impl", str(tmp_path / "good.py"), "--xval-steps", "1"],
                          capture_output=True, text=True, cwd=tmp_path)
    out = proc.stdout
    assert proc.returncode == 1, out + proc.stderr
    assert "2 passed" in out and "1 failed" in out
    assert "scaled-gradient (b3 b2 b1, factor 0.005)" in out and "Traceback" not in out
    summary = next(line for line in out.splitlines() if line.startswith("FAILED"))
    assert "scaled-gradient x0.005 (b3 b2 b1)" in summary, summary  # the cause, in pytest's one-line summary


@pytest.mark.slow
def test_batch_mode_reads_verdicts_from_the_judge_never_from_the_submission(tmp_path):
    """Forged verdict lines on fd 1 followed by os._exit(0), directly or from atexit: a row of not ok each."""
    from tests import hostile

    files = []
    for name in ("forged_verdict_then_exit", "exit_from_atexit", "exit_at_import"):
        files.append(tmp_path / f"{name}.py")
        files[-1].write_text(hostile.with_attack(hostile.wrong_base(), hostile.VERDICT_ATTACKS[name]))
    params, x, y, real = load_inputs(None, None, None, steps=1)
    pool = tmp_path / "pool.npz"
    save_pool(pool, params, x, y, real)
    results = run_batch(files, pool, ["--steps", "1", "--oracles", "torch"], jobs=2, timeout=30.0)
    assert [r.status for r in results] == ["crashed", "mismatch", "crashed"]
    assert not any(r.json["ok"] for r in results) and all(r.exit_code == 1 for r in results)
