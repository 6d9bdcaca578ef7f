"""Gates: the numpy gradient, step and evaluation agree with torch, jax and finite differences.

Grid: oracle x dtype x architecture (depth 1 to 4, odd widths, batch 1, partial
batch) x state (initial, after 3 SGD steps) x regime (He, saturated) on small
synthetic data; then the real Fashion-MNIST model (marked real_data).
"""

from __future__ import annotations

import numpy as np
import pytest

from xval.reference.backends import get_backend
from xval.reference.compare import compare_grads
from xval.reference.gradcheck import check_batch, gradcheck, train_steps
from xval.reference.measure_noise import synthetic_batch, synthetic_params
from xval.reference.tolerances import tolerance

pytest.importorskip("torch")
pytest.importorskip("jax")

# name -> (layer sizes, samples in the training set, batch size, batch index checked)
ARCHS = {
    "depth1": ((11, 5), 16, 8, 0),
    "depth2-odd": ((13, 7, 5), 18, 9, 1),
    "depth3-odd": ((17, 9, 7, 3), 24, 12, 0),
    "depth4": ((19, 11, 9, 5, 7), 12, 6, 1),
    "batch1": ((13, 7, 5), 3, 1, 2),
    "partial-batch": ((13, 7, 5), 23, 10, 2),  # the last batch holds 3 samples
}
STATES = {"initial": 0, "after3steps": 3}
DTYPES = {"float64": np.float64, "float32": np.float32}


def setup_case(arch: str, regime: str, dtype):
    sizes, n, _, _ = ARCHS[arch]
    x, y = synthetic_batch(n, sizes[0], sizes[-1], dtype, seed=n)
    return synthetic_params(sizes, regime, dtype), x, y


@pytest.mark.parametrize("regime", ["he", "saturated"])
@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("arch", ARCHS)
@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("oracle", ["torch", "jax", "finite-diff"])
def test_gradient_agrees(oracle, dtype, arch, state, regime):
    params, x, y = setup_case(arch, regime, DTYPES[dtype])
    _, _, batch_size, k = ARCHS[arch]
    result = gradcheck(params, x, y, batch_index=k, at_step=STATES[state], batch_size=batch_size, oracles=[oracle])
    assert result.dtype == dtype
    assert len(result.comparisons) == 2 * (len(ARCHS[arch][0]) - 1), "one comparison per tensor"
    assert result.ok, "\n".join(result.failures())
    if oracle == "finite-diff":  # the probes must actually have compared something
        assert sum(c.n_compared for c in result.comparisons) >= len(result.comparisons)


@pytest.mark.parametrize("regime", ["he", "saturated"])
def test_regime_labels_are_true(regime):
    """The "saturated" cases have near one-hot softmax outputs, the He ones do not."""
    for arch in ARCHS:
        params, x, _ = setup_case(arch, regime, np.float64)
        z = get_backend("numpy").forward(params, x)
        p = np.exp(z - z.max(axis=1, keepdims=True))
        top = np.median((p / p.sum(axis=1, keepdims=True)).max(axis=1))
        assert (top > 0.999) if regime == "saturated" else (top < 0.99), (arch, top)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("oracle", ["torch", pytest.param("jax", marks=pytest.mark.slow)])  # jax: a compile per shape
@pytest.mark.parametrize("arch", ["depth1", "depth3-odd", "partial-batch"])
def test_sgd_step_and_evaluate_agree(oracle, dtype, arch):
    dt = DTYPES[dtype]
    params, x, y = setup_case(arch, "saturated", dt)
    numpy_b, other = get_backend("numpy", dt), get_backend(oracle, dt)
    tol = tolerance(dt, oracle)
    new_np, loss_np = numpy_b.sgd_step(params, x, y, 0.005)
    new_o, loss_o = other.sgd_step(params, x, y, 0.005)
    for c in compare_grads(new_np, new_o, oracle, tol):  # params have the structure of grads
        assert c.ok, c.message()
    assert all(W.dtype == dt for pair in new_o for W in pair)
    assert abs(loss_np - loss_o) <= tol * abs(loss_np)
    (l_np, a_np), (l_o, a_o) = numpy_b.evaluate(params, x, y), other.evaluate(params, x, y)
    assert abs(l_np - l_o) <= tol * abs(l_np)
    assert abs(a_np - a_o) <= (0 if dt == np.float64 else 1 / len(y))
    np.testing.assert_allclose(other.forward(params, x), numpy_b.forward(params, x), rtol=tol,
                               atol=tol * np.abs(numpy_b.forward(params, x)).max())


@pytest.mark.parametrize("oracle", ["torch", "jax"])
def test_inputs_are_not_modified(oracle):
    params, x, y = setup_case("depth2-odd", "he", np.float64)
    before = [(W.copy(), b.copy()) for W, b in params]
    get_backend(oracle).sgd_step(params, x, y, 0.5)
    get_backend(oracle).loss_and_grads(params, x, y)
    for (W, b), (W0, b0) in zip(params, before):
        assert np.array_equal(W, W0) and np.array_equal(b, b0)


# -- the real Fashion-MNIST model -------------------------------------------------------------

@pytest.fixture(scope="module")
def real_states(fashion):
    """Default (saturated) and He 784-256-128-10 params, initial and after 30 notebook steps."""
    from xval.impl.weights import init_params

    out = {}
    for regime in ("normal", "he"):
        p0 = init_params((784, 256, 128, 10), regime, 0, np.float64)
        out[(regime, 0)] = p0
        out[(regime, 30)] = train_steps(p0, fashion.train_x, fashion.train_y, 30, 200, 0.005)
    return out


@pytest.mark.real_data
@pytest.mark.slow
@pytest.mark.parametrize("step", [0, 30], ids=["initial", "after30steps"])
@pytest.mark.parametrize("regime", ["normal", "he"], ids=["saturated", "he"])
def test_real_data_float64_autodiff_within_1e10(fashion, real_states, regime, step):
    params = real_states[(regime, step)]
    for k in (0, 299):
        x, y = fashion.train_x[200 * k:200 * k + 200], fashion.train_y[200 * k:200 * k + 200]
        result = check_batch(params, x, y, oracles=("torch", "jax"), required=True)
        assert result.ok, "\n".join(result.failures())
        worst = max(c.max_rel for c in result.comparisons)
        assert worst <= 1e-10, f"batch {k}: torch/jax vs numpy max rel {worst:.2e} > 1e-10"


@pytest.mark.real_data
@pytest.mark.slow
@pytest.mark.parametrize("regime", ["normal", "he"], ids=["saturated", "he"])
def test_real_data_finite_diff_and_float32(fashion, real_states, regime):
    params = real_states[(regime, 30)]
    x, y = fashion.train_x[200:400], fashion.train_y[200:400]
    result = check_batch(params, x, y, oracles=("finite-diff",), required=True)
    assert result.ok, "\n".join(result.failures())
    p32 = [(W.astype(np.float32), b.astype(np.float32)) for W, b in params]
    result32 = check_batch(p32, x.astype(np.float32), y, required=True)
    assert result32.dtype == "float32" and result32.ok, "\n".join(result32.failures())
