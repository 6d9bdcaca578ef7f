"""What the oracles differentiate, and why: the unclipped loss, ReLU'(0) = 0, JAX x64, kinks.

Each test pins a decision a well-meaning edit could undo: it shows the
alternative gives a different gradient, and by how much.
"""

from __future__ import annotations

import numpy as np
import pytest

from xval.impl.errors import InputError
from xval.reference.backends import get_backend
from xval.reference.compare import compare_grads
from xval.reference.finite_diff import probe
from xval.reference.gradcheck import check_batch
from xval.reference.measure_noise import synthetic_batch, synthetic_params

torch = pytest.importorskip("torch")
jax = pytest.importorskip("jax")
jnp = pytest.importorskip("jax.numpy")


def torch_grads(params, x, y, relu, loss_kind="log-softmax"):
    """Autodiff gradient with a chosen ReLU and loss, outside the oracle (the alternatives under test)."""
    leaves = [torch.tensor(t, requires_grad=True) for pair in params for t in pair]
    a = torch.tensor(x)
    for i in range(0, len(leaves), 2):
        z = a @ leaves[i] + leaves[i + 1]
        a = relu(z) if i < len(leaves) - 2 else z
    yt = torch.tensor(y)[:, None]
    if loss_kind == "clipped":  # the notebook's reported loss, differentiated as written
        p_true = torch.softmax(a, dim=1).gather(1, yt)
        loss = -torch.log(torch.clamp(p_true, 1e-12, 1 - 1e-12)).mean()
    else:
        loss = -torch.log_softmax(a, dim=1).gather(1, yt).mean()
    g = torch.autograd.grad(loss, leaves)
    return [(g[i].numpy(), g[i + 1].numpy()) for i in range(0, len(g), 2)]


# -- the clipped loss -------------------------------------------------------------------------

def saturated_case(request, source: str):
    """The default (unscaled normal) model on a batch of 200: random pixels, or Fashion-MNIST batch 0."""
    from xval.impl.weights import default_params

    if source == "real":
        data = request.getfixturevalue("fashion")
        x, y = data.train_x[:200], data.train_y[:200]
    else:
        x, y = synthetic_batch(200, 784, 10, np.float64, seed=3)
    return default_params(np.float64), x, y


@pytest.mark.parametrize("source", ["synthetic", pytest.param("real", marks=pytest.mark.real_data)])
def test_autodiff_through_the_clipped_loss_gives_another_gradient(request, source):
    """Saturated regime: most samples sit at the clip, where d clip = 0 but softmax - one-hot is not 0."""
    params, x, y = saturated_case(request, source)
    _, numpy_grads = get_backend("numpy").loss_and_grads(params, x, y)
    z = get_backend("numpy").forward(params, x)
    log_p_true = (z - z.max(axis=1, keepdims=True))[np.arange(len(y)), y] - np.log(
        np.exp(z - z.max(axis=1, keepdims=True)).sum(axis=1))
    clipped = float(np.mean(log_p_true < np.log(1e-12)))
    assert clipped > 0.5, f"expected a saturated batch, only {clipped:.0%} of samples at the clip"

    unclipped = compare_grads(numpy_grads, torch_grads(params, x, y, torch.relu), "torch", 1e-10)
    assert all(c.ok for c in unclipped), "the unclipped loss is the one the hand-written gradient follows"
    through_clip = torch_grads(params, x, y, torch.relu, loss_kind="clipped")
    rel_norm = [np.linalg.norm(c - n) / np.linalg.norm(n)
                for cp, npair in zip(through_clip, numpy_grads) for c, n in zip(cp, npair)]
    print(f"\n{clipped:.0%} of samples clipped; |grad(clipped) - grad| / |grad| per tensor: "
          + ", ".join(f"{r:.2f}" for r in rel_norm))
    # clipped samples contribute nothing through clip: the gradient loses most of its mass
    assert min(rel_norm) > 0.5
    assert not any(c.ok for c in compare_grads(numpy_grads, through_clip, "torch-clipped", 1e-10))


# -- ReLU ties --------------------------------------------------------------------------------

def tie_case(blank_images: bool = True):
    """Zero biases, two blank images and two dead units (zero weight columns): exact zeros in z."""
    params = synthetic_params((20, 9, 7, 4), "he", np.float64, seed=1)
    W1, b1 = params[0]
    W1[:, [2, 5]] = 0.0  # units 2 and 5 of layer 1: z = 0 for every sample
    x, y = synthetic_batch(10, 20, 4, np.float64, seed=2)
    if blank_images:
        x[[3, 7]] = 0.0  # blank images: z = b = 0 in every layer
    return params, x, y


def test_exact_zeros_occur_and_all_backends_agree():
    params, x, y = tie_case()
    zs = []
    a = x
    for W, b in params[:-1]:
        zs.append(a @ W + b)
        a = np.maximum(zs[-1], 0)
    assert all(np.count_nonzero(z == 0) >= 2 for z in zs), "every hidden layer has exact ties"
    result = check_batch(params, x, y, oracles=("torch", "jax"), required=True)
    assert result.ok, "\n".join(result.failures())


@pytest.mark.parametrize("framework", ["torch", pytest.param("jax", marks=pytest.mark.slow)])
def test_maximum_based_relu_gives_half_a_gradient_at_zero(framework):
    params, x, y = tie_case(blank_images=False)  # ties only at the dead units, so the gates downstream agree
    _, numpy_grads = get_backend("numpy").loss_and_grads(params, x, y)
    if framework == "torch":
        maxed = torch_grads(params, x, y, lambda z: torch.maximum(z, torch.zeros_like(z)))
    else:
        def loss(ps):
            a = jnp.asarray(x)
            for W, b in ps[:-1]:
                a = jnp.maximum(0.0, a @ W + b)
            logp = jax.nn.log_softmax(a @ ps[-1][0] + ps[-1][1], axis=1)
            return -jnp.mean(logp[jnp.arange(len(y)), y])
        get_backend("jax")  # x64 on
        maxed = [(np.asarray(gw), np.asarray(gb)) for gw, gb in jax.grad(loss)([tuple(map(jnp.asarray, p))
                                                                                for p in params])]
    one_sided = torch_grads(params, x, y, lambda z: torch.where(z >= 0, z, 0.0))  # ReLU'(0) = 1
    db1_numpy, db1_max, db1_one = numpy_grads[0][1][0], maxed[0][1][0], one_sided[0][1][0]
    for unit in (2, 5):  # the dead units: only the ReLU'(0) convention decides their bias gradient
        assert db1_numpy[unit] == 0.0
        assert db1_one[unit] != 0.0
        assert db1_max[unit] == pytest.approx(0.5 * db1_one[unit], rel=1e-12)
    bad = [c for c in compare_grads(numpy_grads, maxed, framework, 1e-10) if not c.ok]
    assert "b1" in {c.param for c in bad}


# -- JAX x64 ----------------------------------------------------------------------------------

def test_jax_float64_really_computes_in_float64():
    params, x, y = tie_case()
    _, grads = get_backend("jax", np.float64).loss_and_grads(params, x, y)
    assert all(g.dtype == np.float64 for pair in grads for g in pair)


def test_jax_refuses_float64_when_x64_is_off():
    from xval.reference.jax_oracle import JaxOracle

    params, x, y = tie_case()
    oracle = get_backend("jax", np.float64)
    with jax.enable_x64(False):  # what JAX_ENABLE_X64=0 or a library switching x64 off would do
        with pytest.raises(InputError, match="x64 mode is off"):
            oracle.loss_and_grads(params, x, y)
        with pytest.raises(InputError, match="expected float64"):
            JaxOracle(np.float64)


# -- finite differences at kinks --------------------------------------------------------------

def test_kink_crossings_are_reported_not_counted_as_mismatches():
    params, x, y = tie_case()
    W1, b1 = params[0]
    b1[0, 5] = 3e-6  # dead unit 5 now sits just above its kink: within the step 1e-5 of 0
    _, grads = get_backend("numpy").loss_and_grads(params, x, y)
    probes = {p.param: p for p in probe(params, grads, x, y, n_coords=100)}  # every b1 coordinate
    assert {(0, 2), (0, 5)} <= set(probes["b1"].kinks)
    result = check_batch(params, x, y, oracles=("finite-diff",))
    assert result.ok, "\n".join(result.failures())
    assert sum(c.extra["n_kinks"] for c in result.comparisons) >= 2


def test_without_kink_detection_the_difference_quotient_is_wrong_there():
    """Proof the kink handling matters: at b1[5] the one-sided quotient is not the gradient."""
    from xval.reference import finite_diff

    params, x, y = tie_case()
    params[0][1][0, 5] = 3e-6
    _, grads = get_backend("numpy").loss_and_grads(params, x, y)
    p64 = [(W.copy(), b.copy()) for W, b in params]
    h = 1e-5
    plus = [(W, b.copy()) for W, b in p64]
    minus = [(W, b.copy()) for W, b in p64]
    plus[0][1][0, 5] += h
    minus[0][1][0, 5] -= h
    quotient = (finite_diff.loss_and_gates(plus, x, y)[0] - finite_diff.loss_and_gates(minus, x, y)[0]) / (2 * h)
    right_slope = grads[0][1][0, 5]  # the gate is open at 3e-6: numpy's gradient is the right-hand slope
    assert right_slope != 0.0
    assert abs(quotient - right_slope) > 0.3 * abs(right_slope)


@pytest.mark.parametrize("spec", ["sigmoid/sigmoid/bce", "tanh/sigmoid/mse", "relu/identity/mse"])
def test_one_output_unit_takes_the_label_as_its_target(spec):
    """Binary classification: with one output unit the label (0 or 1) is the target itself, in every backend;
    checked against the delta written by hand, (out - y) / B for BCE, so a backend that one-hot encoded label 1
    into a single column (all zeros, or an index error) would fail."""
    from xval.impl.spec import ModelSpec

    hidden, output, loss = spec.split("/")
    spec = ModelSpec(hidden=hidden, output=output, loss=loss)
    gen = np.random.default_rng(3)
    params = [(gen.standard_normal((5, 4)), 0.1 * gen.standard_normal((1, 4))),
              (gen.standard_normal((4, 1)), 0.1 * gen.standard_normal((1, 1)))]
    x, y = gen.random((6, 5)), np.array([0, 1, 1, 0, 1, 0])
    z1 = x @ params[0][0] + params[0][1]
    a1 = {"sigmoid": lambda z: 1 / (1 + np.exp(-z)), "tanh": np.tanh, "relu": lambda z: np.maximum(z, 0)}[hidden](z1)
    z2 = a1 @ params[1][0] + params[1][1]
    out = 1 / (1 + np.exp(-z2)) if output == "sigmoid" else z2
    delta = (out - y[:, None]) / len(y)
    if loss == "mse" and output == "sigmoid":
        delta = delta * out * (1 - out)
    for name in ("torch", "jax", "numpy"):
        grads = get_backend(name, np.float64).loss_and_grads(params, x, y, spec)[1]
        np.testing.assert_allclose(np.asarray(grads[1][0]), a1.T @ delta, rtol=1e-10, atol=1e-14)
        np.testing.assert_allclose(np.asarray(grads[1][1]), delta.sum(axis=0, keepdims=True), rtol=1e-10, atol=1e-14)
