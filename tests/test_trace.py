"""Trajectory oracle: growth fit, verdicts, lockstep runner with an independent fake oracle, planted bugs, CLI."""

from __future__ import annotations

import json
import math
from types import SimpleNamespace

import numpy as np
import pytest

from xval.impl import mlp
from xval.impl.weights import init_params
from xval.reference import divergence, tolerances
from xval.reference.trace import eval_schedule, run_trace
from xval.reference.compare import median_ratio
from xval.reference.trace_result import param_errors


class RefOracle:
    """An independent NumPy oracle (log-sum-exp loss, einsum backprop); ``drift`` scales its new weights by 1 + drift."""

    def __init__(self, name: str = "ref", dtype=np.float64, drift: float = 0.0):
        self.name, self.dtype, self.drift = name, np.dtype(dtype), drift

    def _acts(self, params, x):
        acts, a = [], np.asarray(x, self.dtype)
        for i, (W, b) in enumerate(params):
            z = np.einsum("bi,io->bo", a, W) + b.reshape(1, -1)
            acts.append((a, z))
            a = z if i == len(params) - 1 else z * (z > 0)
        return acts, a

    def forward(self, params, x):
        return self._acts(params, x)[1]

    def loss_and_grads(self, params, x, y):
        acts, logits = self._acts(params, x)
        m = logits.max(axis=1, keepdims=True)
        lse = m[:, 0] + np.log(np.exp(logits - m).sum(axis=1))
        loss = float(np.mean(lse - logits[np.arange(len(y)), y]))
        g = np.exp(logits - lse[:, None]) - np.eye(logits.shape[1], dtype=self.dtype)[y]
        g /= len(y)
        grads = []
        for i in range(len(params) - 1, -1, -1):
            a, z = acts[i]
            if i < len(params) - 1:
                g = g * (z > 0)
            grads.append((np.einsum("bi,bo->io", a, g), g.sum(axis=0, keepdims=True)))
            g = np.einsum("bo,io->bi", g, params[i][0])
        return loss, grads[::-1]

    def _clipped(self, logits, y):
        p = np.exp(logits - logits.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        return float(-np.mean(np.log(np.clip(p[np.arange(len(y)), y], 1e-12, 1 - 1e-12)))), p

    def sgd_step(self, params, x, y, lr):
        _, grads = self.loss_and_grads(params, x, y)
        new = []
        for (W, b), (dW, db) in zip(params, grads):
            W2, b2 = W - lr * dW, b - lr * db
            if self.drift:
                W2 = W2 * (1 + self.drift)
            new.append((W2.astype(self.dtype), b2.astype(self.dtype)))
        return new, self._clipped(self.forward(params, x), y)[0]

    def evaluate(self, params, x, y):
        loss, p = self._clipped(self.forward(params, x), y)
        return loss, float(np.mean(p.argmax(axis=1) == y))


def tiny_data(seed: int = 0, n_train: int = 95, n_test: int = 30, d: int = 12, classes: int = 4):
    g = np.random.default_rng(seed)
    return SimpleNamespace(train_x=g.random((n_train, d)), train_y=g.integers(0, classes, n_train),
                           test_x=g.random((n_test, d)), test_y=g.integers(0, classes, n_test))


SIZES = (12, 9, 7, 4)


def tiny_trace(steps=12, oracle=None, **kw):
    params = init_params(SIZES, "he", seed=1)
    kw = {"batch_size": 20, "lr": 0.1, "eval_every": 5, **kw}
    return run_trace(params, tiny_data(), steps=steps, oracles=[oracle or RefOracle()], **kw)


# --- divergence analysis -------------------------------------------------------------------------------


def test_growth_fit_recovers_the_efolding_time_of_an_exponential_that_saturates():
    steps = np.arange(300)
    errors = np.minimum(1e-16 * np.exp(steps / 3.0), 0.5) * (1 + 0.3 * np.sin(steps))
    fit = divergence.growth_fit(errors)
    assert fit is not None and fit.efold_steps == pytest.approx(3.0, rel=0.1)
    assert fit.start > 0 and fit.stop < 120 and fit.r2 > 0.95


@pytest.mark.parametrize("errors", [[1e-16] * 50, [0.0] * 50, [3e-16, 1e-15, 2e-16] * 20, [1e-16, 5e-16]])
def test_growth_fit_is_none_when_the_error_stays_at_rounding_level(errors):
    assert divergence.growth_fit(errors) is None


def test_growth_fit_stops_at_the_first_non_finite_value():
    errors = [1e-16 * math.exp(k / 2.0) for k in range(40)] + [float("inf"), float("nan")]
    fit = divergence.growth_fit(errors)
    assert fit is not None and fit.efold_steps == pytest.approx(2.0, rel=0.05)


@pytest.mark.parametrize("local, global_, expected", [
    ([1e-15, 1e-14], [1e-15, 1e-14], divergence.MATCH),
    ([1e-15, 1e-14], [1e-15, 1e-2], divergence.AMPLIFICATION),
    ([1e-15, 1e-9], [1e-15, 1e-9], divergence.MISMATCH),
    ([1e-15, float("nan")], [1e-15, 1e-15], divergence.MISMATCH),
])
def test_verdict(local, global_, expected):
    assert divergence.verdict(local, global_, 1e-10) == expected


def test_a_scale_error_in_the_update_is_a_mismatch_whatever_the_parameter_error():
    assert divergence.verdict([1e-15], [1e-15], 1e-10, local_ratio=[1e-3], ratio_tol=1e-10) == divergence.MISMATCH
    assert divergence.verdict([1e-15], [1e-15], 1e-10, local_ratio=[1e-14], ratio_tol=1e-10) == divergence.MATCH


def test_median_ratio_sees_a_constant_factor_and_ignores_a_few_outliers(rng):
    expected = rng.standard_normal((50, 40))
    checked = expected * 1.01
    checked[:3] = 0.0  # 6 % of the elements wildly off
    assert median_ratio(checked, expected) == pytest.approx(1.01)
    assert median_ratio(np.zeros(4), np.zeros(4)) is None


def test_combined_verdict_is_the_worst():
    assert divergence.combine([divergence.MATCH, divergence.AMPLIFICATION]) == divergence.AMPLIFICATION
    assert divergence.combine([divergence.MISMATCH, divergence.AMPLIFICATION]) == divergence.MISMATCH
    assert divergence.combine([divergence.MATCH]) == divergence.MATCH


def test_param_errors_names_the_worst_tensor_and_element():
    a = init_params(SIZES, "he", seed=0)
    b = [(W.copy(), bb.copy()) for W, bb in a]
    b[1][0][3, 2] *= 1 + 1e-6
    rel, norm, where, index = param_errors(a, b)
    assert where == "w2" and index == [3, 2] and rel == pytest.approx(1e-6, rel=1e-3) and 0 < norm < rel


def test_eval_schedule_is_every_n_from_zero_plus_the_last_step():
    assert eval_schedule(65, 30) == {0, 30, 60, 64}
    assert eval_schedule(10, None) == set()


# --- lockstep runner ---------------------------------------------------------------------------------------


def test_correct_numpy_matches_an_independent_oracle_and_records_everything():
    seen = []
    res = tiny_trace(steps=12, progress=seen.append)
    tr = res.oracles["ref"]
    assert res.ok and res.verdict == divergence.MATCH and tr.first_divergence is None
    assert res.steps == 12 and seen[-1] == 12 and seen == sorted(seen)
    for series in (tr.local_max, tr.global_max, tr.local_loss, tr.global_loss, tr.batch_loss, res.batch_loss):
        assert len(series) == 12
    assert max(tr.local_max) <= 1e-13 and max(tr.global_max) <= 1e-12 and tr.efold_steps is None
    assert res.eval_steps == [0, 5, 10, 11]
    for evals in (res.evals, tr.evals):
        assert all(len(v) == 4 for v in evals.values())
    assert tr.evals["test_acc"] == pytest.approx(res.evals["test_acc"])
    assert tr.batch_loss == pytest.approx(res.batch_loss, rel=1e-12)


def test_json_has_the_documented_shape_and_no_nan():
    out = tiny_trace(steps=4).to_json()
    assert {"ok", "steps", "oracles", "verdict"} <= set(out) and out["steps"] == 4
    ref = out["oracles"]["ref"]
    assert {"local_max", "global_max", "efold_steps", "first_divergence"} <= set(ref)
    assert all(isinstance(v, float) for v in ref["local_max"] + ref["global_max"])
    json.loads(json.dumps(out, allow_nan=False))


def test_a_free_run_that_drifts_while_each_resynced_step_agrees_is_amplification():
    # every oracle step is off by 1e-13 relative, so the free run accumulates about k * 1e-13 by step k
    res = tiny_trace(steps=30, oracle=RefOracle(drift=1e-13), tol=1e-12)
    tr = res.oracles["ref"]
    assert res.ok and tr.verdict == divergence.AMPLIFICATION and tr.first_divergence is None
    assert max(tr.local_max) < 2e-13 and tr.global_max[-1] > 2e-12  # measured, not clamped to the tolerance
    assert tr.global_first_exceeds() is not None
    # the same oracle against a tolerance below its per-step error: a mismatch at step 0
    tr = tiny_trace(steps=3, oracle=RefOracle(drift=1e-13), tol=1e-14).oracles["ref"]
    assert tr.verdict == divergence.MISMATCH and tr.first_divergence["step"] == 0


def test_a_doubled_gradient_is_a_mismatch_localised_to_backward_w2(plant_weight_gradient_scale):
    plant_weight_gradient_scale(1, 2)
    res = tiny_trace(steps=6)
    d = res.oracles["ref"].first_divergence
    assert not res.ok and res.verdict == divergence.MISMATCH
    assert d["step"] == 0 and d["stage"] == "backward" and d["param"] == "w2" and len(d["index"]) == 2
    assert d["ratio"] == pytest.approx(2.0) and d["params_bad"] == ["w2"]
    assert d["numpy"] == pytest.approx(2 * d["oracle"])


def test_float32_catches_a_one_percent_slip_in_a_weight_gradient_by_the_update_ratio(plant_weight_gradient_scale):
    params = init_params(SIZES, "he", seed=1, dtype=np.float32)
    data = tiny_data()
    data.train_x, data.test_x = data.train_x.astype(np.float32), data.test_x.astype(np.float32)
    run = lambda: run_trace(params, data, steps=4, oracles=[RefOracle(dtype=np.float32)], batch_size=20, lr=0.1,
                            eval_every=None)
    clean = run().oracles["ref"]
    assert clean.verdict != divergence.MISMATCH and max(clean.local_ratio) < 1e-4
    plant_weight_gradient_scale(0, np.float32(1.01))
    tr = run().oracles["ref"]
    assert max(tr.local_max) < tolerances.TRACE_TOLERANCES["float32"]  # invisible in the parameters ...
    assert tr.verdict == divergence.MISMATCH and tr.local_ratio[0] == pytest.approx(0.01, rel=1e-3)  # ... not here
    d = tr.first_divergence
    assert d["stage"] == "backward" and d["param"] == "w1" and d["ratio"] == pytest.approx(1.01, rel=1e-5)


def test_a_parameter_left_out_of_the_update_is_localised_to_update(monkeypatch):
    def buggy(params, x, y, lr):
        zs, acts = mlp.forward(x, params)
        loss = mlp.clipped_cross_entropy(acts[-1], y)
        for i, ((W, b), (dW, db)) in enumerate(zip(params, mlp.gradients(y, zs, acts, params))):
            W -= lr * dW
            if i != 0:
                b -= lr * db
        return loss

    monkeypatch.setattr(mlp, "sgd_step_", buggy)
    d = tiny_trace(steps=3).oracles["ref"].first_divergence
    assert d["stage"] == "update" and d["param"] == "b1" and d["ratio"] == 0.0 and "not updated" in d["detail"]


def test_a_forward_bug_is_localised_to_the_first_layer_that_differs(monkeypatch):
    original = mlp.forward

    def buggy(x, params):
        zs, acts = original(x, params)
        if len(params) >= 2:
            zs[1] = zs[1] - params[1][1]  # layer 2 forgets its bias
            acts[2] = mlp.relu(zs[1]) if len(params) > 2 else mlp.softmax(zs[1])
        return zs, acts

    monkeypatch.setattr(mlp, "forward", buggy)
    params = init_params(SIZES, "he", seed=1)
    params[1] = (params[1][0], params[1][1] + 0.3)  # nonzero biases, so dropping one shows at step 0
    res = run_trace(params, tiny_data(), steps=3, oracles=[RefOracle()], batch_size=20, lr=0.1, eval_every=None)
    d = res.oracles["ref"].first_divergence
    assert d["step"] == 0 and d["stage"] == "forward" and d["param"] == "z2" and "layer 2" in d["detail"]


def test_a_wrong_reported_loss_alone_is_a_forward_mismatch(monkeypatch):
    original = mlp.clipped_cross_entropy
    monkeypatch.setattr(mlp, "clipped_cross_entropy", lambda probs, y: original(probs, y) * 1.01)
    tr = tiny_trace(steps=3).oracles["ref"]
    assert max(tr.local_max) <= 1e-13 and tr.verdict == divergence.MISMATCH
    assert tr.first_divergence["stage"] == "forward" and tr.first_divergence["param"] == "clipped loss"


def test_a_run_that_blows_up_stops_with_a_reason():
    res = tiny_trace(steps=20, lr=1e305, eval_every=None)
    assert res.stopped and "NaN or Inf" in res.stopped and not res.ok and res.steps < 20
    assert len(res.oracles["ref"].local_max) == res.steps


# --- CLI, with the real oracles on synthetic data ----------------------------------------------------------

DATA = ("--accept-checksum-mismatch",)


@pytest.mark.slow
def test_cli_json_is_exactly_the_documented_shape(synthetic_dir, xval):
    pytest.importorskip("torch"), pytest.importorskip("jax")
    code, out, err = xval("trace", "--data", synthetic_dir, *DATA, "--steps", "3", "--eval-every", "2", "--json")
    assert code == 0, err
    res = json.loads(out)
    assert res["ok"] is True and res["steps"] == 3 and set(res["oracles"]) == {"torch", "jax"}
    for tr in res["oracles"].values():
        assert len(tr["local_max"]) == len(tr["global_max"]) == 3 and max(tr["local_max"]) <= 1e-10
        assert tr["first_divergence"] is None and tr["efold_steps"] is None
    assert res["verdict"] == divergence.MATCH and res["eval_steps"] == [0, 2]


@pytest.mark.slow
def test_cli_text_report_and_a_planted_bug_exit_1(synthetic_dir, xval, plant_weight_gradient_scale):
    pytest.importorskip("torch")
    code, out, _ = xval("trace", "--data", synthetic_dir, *DATA, "--steps", "2", "--oracles", "torch")
    assert code == 0 and "verdict: match" in out and "torch: match" in out
    plant_weight_gradient_scale(1, 2)
    code, out, _ = xval("trace", "--data", synthetic_dir, *DATA, "--steps", "2", "--oracles", "torch", "--json")
    d = json.loads(out)["oracles"]["torch"]["first_divergence"]
    assert code == 1 and d["stage"] == "backward" and d["param"] == "w2" and d["ratio"] == pytest.approx(2.0)


@pytest.mark.parametrize("args", [("--oracles", "pytorch"), ("--tol", "-1"), ("--oracles", "")])
def test_cli_unusable_options_exit_2(synthetic_dir, xval, args):
    code, _, err = xval("trace", "--data", synthetic_dir, *DATA, "--steps", "1", *args)
    assert code == 2 and "--" in err


def test_cli_skips_a_missing_oracle_by_default_with_a_note(synthetic_dir, xval, monkeypatch):
    pytest.importorskip("torch")
    from xval.reference import backends

    real = backends.is_installed
    monkeypatch.setattr(backends, "is_installed", lambda name: name != "jax" and real(name))
    code, out, err = xval("trace", "--data", synthetic_dir, *DATA, "--steps", "1", "--json")
    assert code == 0 and set(json.loads(out)["oracles"]) == {"torch"} and "jax oracle skipped" in err
