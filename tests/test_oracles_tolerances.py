"""The tolerance table against freshly measured noise and against planted bugs; the comparison helper."""

from __future__ import annotations

import json

import numpy as np
import pytest

from xval.reference.backends import get_backend
from xval.reference.compare import compare_grads, compare_values, relative_error
from xval.reference.gradcheck import check_batch
from xval.reference.measure_noise import measure, synthetic_batch, synthetic_cases, synthetic_params
from xval.reference.tolerances import FLOOR, MARGIN, TOLERANCES, tolerance

pytest.importorskip("torch")
pytest.importorskip("jax")


class Planted:
    """The numpy product with one transformation applied to its gradient: a planted bug."""

    def __init__(self, dtype, bug):
        self._inner, self._bug = get_backend("numpy", dtype), bug
        self.name, self.dtype = "numpy", np.dtype(dtype)

    def loss_and_grads(self, params, x, y):
        loss, grads = self._inner.loss_and_grads(params, x, y)
        return loss, self._bug([(dW.copy(), db.copy()) for dW, db in grads], params, x, y)

    def __getattr__(self, name):
        return getattr(self._inner, name)


def scale_layer(layer: int, factor: float, which: int = 0):
    def bug(grads, *_):
        pair = list(grads[layer])
        pair[which] = pair[which] * factor
        grads[layer] = tuple(pair)
        return grads
    return bug


def float32_inside(grads, params, x, y):
    """The whole backprop done in float32, returned as float64: the 8e-8 signal of the design notes."""
    p32 = [(W.astype(np.float32), b.astype(np.float32)) for W, b in params]
    _, g32 = get_backend("numpy", np.float32).loss_and_grads(p32, x.astype(np.float32), y)
    return [(dW.astype(np.float64), db.astype(np.float64)) for dW, db in g32]


@pytest.fixture(scope="module")
def case():
    sizes = (21, 13, 9, 6)
    x, y = synthetic_batch(16, sizes[0], sizes[-1], np.float64, seed=5)
    return synthetic_params(sizes, "he", np.float64), x, y


@pytest.mark.slow
@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_measured_noise_sits_well_below_every_tolerance(dtype):
    for oracle, (noise, where) in measure(synthetic_cases(np.dtype(dtype))).items():
        tol = tolerance(dtype, oracle)
        # where: at least one comparison ran (finite differences may sit within their resolution: noise 0)
        assert where and noise * MARGIN <= tol, f"{dtype} {oracle}: noise {noise:.1e} at {where}, tol {tol:.0e}"


def test_float64_tolerances_separate_bugs_from_rounding():
    """The design's smallest single-bug signals: 8e-8 (float32 inside float64), 1e-3 (a 0.1% slip)."""
    assert TOLERANCES["float64"]["autodiff"] < 8e-8 / MARGIN
    assert TOLERANCES["float64"]["finite-diff"] <= 1e-3 / MARGIN
    assert set(TOLERANCES) == {"float64", "float32"}
    assert all(set(t) == {"autodiff", "finite-diff"} for t in TOLERANCES.values())


BUGS = {  # name -> (bug, oracles that must catch it in float64)
    "w2-x2": (scale_layer(1, 2.0), ("torch", "jax", "finite-diff")),
    "b1-x-1": (scale_layer(0, -1.0, which=1), ("torch", "jax", "finite-diff")),
    "w3-slip-1e-3": (scale_layer(2, 1 + 1e-3), ("torch", "jax", "finite-diff")),
    "b2-slip-1e-5": (scale_layer(1, 1 + 1e-5, which=1), ("torch", "jax", "finite-diff")),
    "w1-slip-1e-8": (scale_layer(0, 1 + 1e-8), ("torch", "jax")),
    "float32-inside": (float32_inside, ("torch", "jax")),
}


@pytest.mark.parametrize("bug", BUGS)
def test_planted_bug_is_caught_by_the_oracles_that_can_see_it(case, bug):
    params, x, y = case
    plant, must_catch = BUGS[bug]
    result = check_batch(params, x, y, product=Planted(np.float64, plant), required=True)
    caught = {c.oracle for c in result.comparisons if not c.ok}
    assert set(must_catch) <= caught, f"{bug}: caught only by {sorted(caught)}"
    assert not result.ok


def test_rounding_sized_difference_is_not_a_mismatch(case):
    params, x, y = case
    result = check_batch(params, x, y, product=Planted(np.float64, scale_layer(0, 1 + 1e-13)), required=True)
    assert result.ok, "\n".join(result.failures())


@pytest.mark.parametrize("dtype", ["float64", "float32"])
def test_scaled_layer_is_named_by_parameter_and_element(case, dtype):
    params, x, y = case
    dt = np.dtype(dtype)
    params = [(W.astype(dt), b.astype(dt)) for W, b in params]
    result = check_batch(params, x.astype(dt), y, product=Planted(dt, scale_layer(1, 2.0)), required=True)
    bad = [c for c in result.comparisons if not c.ok]
    assert {c.param for c in bad} == {"w2"} and {c.oracle for c in bad} == {"torch", "jax", "finite-diff"}
    _, true_grads = get_backend("numpy", dt).loss_and_grads(params, x.astype(dt), y)
    for c in bad:
        i, j = c.index
        assert c.checked == pytest.approx(2 * true_grads[1][0][i, j], rel=1e-5)
        assert c.expected == pytest.approx(true_grads[1][0][i, j], rel=1e-3)
        message = c.message()
        assert f"w2[{i}, {j}]" in message and c.oracle in message and "[[" not in message
    assert "MISMATCH" in result.table() and "w2[" in result.table()
    assert json.loads(json.dumps(result.to_json()))["ok"] is False


def test_wrongly_shaped_gradient_is_reported_not_crashed_on(case):
    params, x, y = case

    def flat_bias(grads, *_):
        grads[0] = (grads[0][0], grads[0][1].ravel())  # db1 as (n,) instead of (1, n)
        return grads

    result = check_batch(params, x, y, product=Planted(np.float64, flat_bias), required=True)
    bad = [c for c in result.comparisons if not c.ok]
    assert {c.oracle for c in bad} == {"torch", "jax", "finite-diff"} and not result.ok
    assert all("shape" in c.problem or "not probed" in c.problem for c in bad)
    assert any("b1: shape" in line for line in result.failures())


# -- the comparison helper -------------------------------------------------------------------

def test_relative_error_definition():
    oracle = np.array([100.0, 1e-9, 0.0, 5.0])
    checked = np.array([101.0, 2e-9, 0.0, 5.0])
    rel = relative_error(checked, oracle, scale=100.0)
    assert rel[0] == pytest.approx(0.01)
    assert rel[1] == pytest.approx(1e-9 / (FLOOR * 100.0))  # a tiny element is judged against the floor
    assert rel[2] == 0.0 and rel[3] == 0.0
    assert relative_error(np.array([1.0 + 1e-9]), np.array([1.0]), 1.0, resolution=2e-9)[0] == 0.0
    assert np.isinf(relative_error(np.array([np.nan]), np.array([1.0]), 1.0)[0])


def test_within_resolution_reads_zero_but_keeps_the_raw_error_and_its_element():
    c = compare_values("finite-diff", "b1", np.array([1.0, 2.0 + 4e-9, 3.0]), np.array([1.0, 2.0, 3.0 + 1e-9]),
                       1e-6, resolution=1e-8, indices=[(0, 0), (0, 1), (0, 2)])
    assert c.ok and c.max_rel == 0.0 and c.index == [0, 1]
    assert c.extra["max_rel_raw"] == pytest.approx(4e-9 / 2.0)
    bad = compare_values("finite-diff", "b1", np.array([2.0 + 1e-5]), np.array([2.0]), 1e-6, resolution=1e-8)
    assert not bad.ok and bad.max_rel == pytest.approx((1e-5 - 1e-8) / 2.0)


def test_structure_is_checked_before_values():
    good = [(np.ones((3, 2)), np.ones((1, 2)))]
    wrong_shape = [(np.ones((3, 2)), np.ones(2))]
    wrong_dtype = [(np.ones((3, 2), np.float32), np.ones((1, 2)))]
    c = compare_grads(wrong_shape, good, "torch", 1e-10)
    assert c[0].ok and not c[1].ok and "shape" in c[1].problem and c[1].max_rel is None
    assert "(2,)" in c[1].message() and "(1, 2)" in c[1].message()
    d = compare_grads(wrong_dtype, good, "jax", 1e-10)
    assert not d[0].ok and "float32" in d[0].problem
    layers = compare_grads(good, good + good, "torch", 1e-10)
    assert len(layers) == 4 and not any(c.ok for c in layers) and "1 layers" in layers[0].problem


def test_non_finite_values_fail_and_serialise_as_null():
    c = compare_values("torch", "w1", np.array([[1.0, np.nan]]), np.array([[1.0, 2.0]]), 1e-10)
    assert not c.ok and c.index == [0, 1] and c.n_bad == 1
    out = json.loads(json.dumps(c.to_json(), allow_nan=False))
    assert out["max_rel"] is None and out["problem"]
