"""Trajectory gates on the real Fashion-MNIST: 300 notebook steps, numpy vs torch and jax, both regimes and dtypes.

float64: every re-synced (local) step within 1e-10 for both oracles. The free-running (global)
error is measured as is: in the saturated regime (unscaled normal weights, the notebook's) it
grows exponentially to O(1) (rounding amplification), with He init it stays within 1e-10.
float32: local within the float32 trace tolerance (xval.reference.tolerances.TRACE_TOLERANCES), and
every step's update within RATIO_TOLERANCES of the oracle's in scale (that is what catches a
1% slip in a weight gradient, which float32 parameter errors cannot see).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from types import SimpleNamespace

import numpy as np
import pytest

from xval.impl.weights import init_params, save_weights
from xval.reference import divergence, tolerances
from xval.reference.trace import run_trace

pytestmark = pytest.mark.real_data
STEPS = 300
REGIMES = {"saturated": "normal", "he": "he"}


@pytest.fixture(scope="module")
def traces(fashion, tmp_path_factory):
    """`xval trace --json` per (regime, dtype), each in a fresh process: there torch's OpenMP threads
    sleep when idle (see xval.reference.trace.prefer_passive_openmp), which this pytest process, where other
    tests loaded torch first, can no longer ask for."""
    pytest.importorskip("torch"), pytest.importorskip("jax")
    cache = {}

    def get(regime: str, dtype: str) -> dict:
        if (regime, dtype) not in cache:
            path = tmp_path_factory.mktemp("weights") / f"{regime}.npy"
            save_weights(init_params(init=REGIMES[regime], seed=0), path)
            cmd = [sys.executable, "-m", "xval.reports.cli", "trace", "--weights", str(path), "--dtype", dtype,
                   "--steps", str(STEPS), "--eval-every", "0", "--json"]
            if fashion.directory is not None:
                cmd += ["--data", str(fashion.directory)]
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=900,
                                  cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
            assert done.returncode in (0, 1), done.stderr
            cache[regime, dtype] = json.loads(done.stdout)
        return cache[regime, dtype]

    return get


@pytest.mark.slow
@pytest.mark.parametrize("dtype", ["float64", "float32"])
@pytest.mark.parametrize("regime", ["saturated", "he"])
def test_every_resynced_step_agrees_with_torch_and_jax(traces, regime, dtype):
    res = traces(regime, dtype)
    tol = tolerances.TRACE_TOLERANCES[dtype]
    assert res["steps"] == STEPS and res["ok"], res["verdict"]
    assert set(res["oracles"]) == {"torch", "jax"}
    for name, tr in res["oracles"].items():
        worst = tr["local_worst"]
        assert len(tr["local_max"]) == len(tr["global_max"]) == STEPS
        assert max(tr["local_max"]) <= tol, f"{name}: local {worst['rel']:.2e} at step {worst['step']} {worst['param']}"
        assert max(tr["local_loss"]) <= tol and tr["first_divergence"] is None
        assert max(tr["local_ratio"]) <= tolerances.RATIO_TOLERANCES[dtype]


@pytest.mark.slow
def test_saturated_float64_free_runs_drift_by_rounding_amplification(traces):
    res = traces("saturated", "float64")
    assert res["verdict"] == divergence.AMPLIFICATION
    for name, tr in res["oracles"].items():
        assert max(tr["local_max"]) <= 1e-10
        assert tr["global_max"][0] <= 1e-12  # one step: rounding
        assert tr["global_max"][-1] > 1e-3, f"{name}: global error {tr['global_max'][-1]:.1e} at step 299"  # not clamped
        assert 1e-3 < tr["global_norm"][-1] < 0.5  # normwise ||numpy - oracle|| / ||oracle||: ~2e-2 measured
        assert tr["efold_steps"] is not None and 0.5 < tr["efold_steps"] < 10, tr["growth"]


@pytest.mark.slow
def test_he_float64_free_runs_stay_within_1e_10(traces):
    res = traces("he", "float64")
    assert res["verdict"] == divergence.MATCH
    for name, tr in res["oracles"].items():
        assert max(tr["global_max"]) <= 1e-10, f"{name}: {max(tr['global_max']):.2e}"
        assert tr["efold_steps"] is None


def test_a_one_per_mille_slip_in_one_layer_is_caught_on_real_data(fashion, plant_weight_gradient_scale):
    pytest.importorskip("torch")
    plant_weight_gradient_scale(2, 1.001)
    res = run_trace(init_params(seed=0), fashion, steps=3, oracles=("torch",), eval_every=None)
    d = res.oracles["torch"].first_divergence
    assert res.verdict == divergence.MISMATCH and d["step"] == 0
    assert d["stage"] == "backward" and d["param"] == "w3" and d["ratio"] == pytest.approx(1.001)


def test_float32_catches_a_one_percent_slip_in_a_weight_gradient_on_real_data(fashion, plant_weight_gradient_scale):
    pytest.importorskip("torch")
    plant_weight_gradient_scale(1, np.float32(1.01))
    data = SimpleNamespace(train_x=fashion.train_x[:1000].astype(np.float32), train_y=fashion.train_y[:1000],
                           test_x=fashion.test_x[:10].astype(np.float32), test_y=fashion.test_y[:10])
    res = run_trace(init_params(init="he", seed=0, dtype=np.float32), data, steps=2, oracles=("torch",),
                    eval_every=None)
    tr = res.oracles["torch"]
    assert max(tr.local_max) < tolerances.TRACE_TOLERANCES["float32"] and tr.verdict == divergence.MISMATCH
    assert tr.first_divergence["stage"] == "backward" and tr.first_divergence["param"] == "w2"
