"""benchmarks/epoch.py runs and keeps its JSON contract (a smoke test: timings are printed, never asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parent.parent / "benchmarks" / "epoch.py"


@pytest.mark.real_data
@pytest.mark.slow
def test_epoch_benchmark_json_contract(fashion):
    pytest.importorskip("torch")
    pytest.importorskip("jax")
    proc = subprocess.run([sys.executable, str(SCRIPT), "--steps", "2", "--repeat", "1", "--json"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    res = json.loads(proc.stdout)
    backends = {"numpy", "torch", "jax"}
    assert set(res["seconds"]) == set(res["gflops"]) == backends
    assert set(res["ratios"]) == {"numpy/torch", "numpy/jax"}
    assert res["ratios"]["numpy/jax"] == pytest.approx(res["seconds"]["numpy"] / res["seconds"]["jax"])
    assert res["peak_gflops"] > 0 and res["gemm_floor_seconds"] > 0
    assert res["steps"] == 2 and res["evaluations"] == 1
    assert 0 < res["memory"]["numpy_eval_peak_bytes"] < 1.25 * res["memory"]["train_x_bytes"]
