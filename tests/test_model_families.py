"""Every ModelSpec family: the spec itself, impl against torch, jax and finite differences, momentum, the verbs."""

from __future__ import annotations

import json
from types import SimpleNamespace

import numpy as np
import pytest

from xval.impl import mlp
from xval.impl.errors import InputError
from xval.impl.spec import NOTEBOOK, PAIRS, ModelSpec, parse_spec
from xval.impl.weights import init_params, load_weights, save_weights
from xval.reference.compare import compare_grads
from xval.reference.gradcheck import check_batch
from xval.reference.measure_noise import synthetic_batch, synthetic_cases, synthetic_params
from xval.reference.tolerances import MARGIN, tolerance

pytest.importorskip("torch")
pytest.importorskip("jax")

HIDDEN = ["relu", "leaky_relu:0.01", "sigmoid", "tanh", "identity"]
FAMILIES = [ModelSpec(h, out, loss, 1e-3, "momentum:0.9") for h in HIDDEN for out, loss in sorted(PAIRS)]
PLAIN = [ModelSpec(h, out, loss) for h in HIDDEN for out, loss in sorted(PAIRS)]
BIASES_TOO = [ModelSpec("relu", l2=1e-3, l2_biases=True),  # a course template's L2 over every parameter
              ModelSpec("sigmoid", "sigmoid", "bce", 1e-3, "momentum:0.9", l2_biases=True)]


def fid(spec: ModelSpec) -> str:
    return f"{spec.activation}-{spec.output}-{spec.loss}" + ("-l2-momentum" if spec.l2 else "") \
        + ("-biases" if spec.l2_biases else "")


# -- the spec


def test_the_default_is_the_notebooks_model():
    assert ModelSpec() == NOTEBOOK == parse_spec(None) == parse_spec("hidden=relu,loss=cross_entropy")
    assert NOTEBOOK.is_notebook and NOTEBOOK.momentum == 0.0 and not NOTEBOOK.l2
    assert "notebook" in NOTEBOOK.describe()


def test_canonical_forms_and_round_trip():
    spec = ModelSpec("Leaky-ReLU", "sigmoid", "binary_cross_entropy", "1e-4", "momentum")
    assert (spec.hidden, spec.loss, spec.l2, spec.optimizer) == ("leaky_relu:0.01", "bce", 1e-4, "momentum:0.9")
    assert spec.leaky_slope == 0.01 and spec.momentum == 0.9 and not spec.is_notebook
    assert parse_spec(str(spec)) == spec
    assert ModelSpec(optimizer="momentum:0").optimizer == "sgd"


@pytest.mark.parametrize("kwargs, words", [
    ({"hidden": "gelu"}, "--hidden"),
    ({"output": "softmax", "loss": "bce"}, "not a supported pair"),
    ({"output": "identity", "loss": "cross_entropy"}, "not a supported pair"),
    ({"l2": "-1"}, "--l2"),
    ({"l2": "lots"}, "--l2"),
    ({"optimizer": "momentum:1.5"}, "--momentum"),
    ({"optimizer": "adam"}, "optimizer"),
    ({"hidden": "leaky_relu:x"}, "leaky_relu"),
])
def test_bad_specs_say_what_was_expected(kwargs, words):
    with pytest.raises(InputError, match=words):
        ModelSpec(**kwargs)


def test_parse_spec_refuses_unknown_keys():
    with pytest.raises(InputError, match="KEY=VALUE"):
        parse_spec("activation=tanh")


def test_family_tolerances_come_through_the_one_accessor():
    mse = ModelSpec(output="softmax", loss="mse")
    for check in ("torch", "jax", "finite-diff", "trace", "update-scale", "update-rule", "precision-ratio"):
        assert tolerance(np.float64, check, NOTEBOOK) == tolerance(np.float64, check)
    assert tolerance(np.float64, "autodiff", mse) == tolerance(np.float64, "torch", mse) == 1e-6
    assert tolerance(np.float64, "trace", mse) == 1e-9 and tolerance(np.float64, "update-scale", mse) == 1e-6
    assert tolerance(np.float32, "finite-diff", ModelSpec(output="sigmoid", loss="mse")) == 0.5
    assert tolerance(np.float64, "torch", ModelSpec(hidden="tanh", l2=1e-3)) == 1e-9


# -- the product for the notebook's model is untouched by the spec argument


def test_notebook_spec_passed_explicitly_is_bit_identical(rng):
    params = init_params((20, 9, 5), "normal", seed=2)
    x, y = rng.random((30, 20)), rng.integers(0, 5, 30)
    loss0, g0 = mlp.loss_and_grads(params, x, y)
    loss1, g1 = mlp.loss_and_grads(params, x, y, ModelSpec())
    assert loss0 == loss1 and all(np.array_equal(a, b) for p, q in zip(g0, g1) for a, b in zip(p, q))
    a, b = mlp.copy_params(params), mlp.copy_params(params)
    assert mlp.sgd_step_(a, x, y, 0.01) == mlp.sgd_step_(b, x, y, 0.01, "hidden=relu", None)
    assert all(np.array_equal(s, t) for p, q in zip(a, b) for s, t in zip(p, q))


# -- every family: impl against the three oracles, and the oracles against each other


def _torch_jax_agree(params, x, y, spec, dtype):
    """The tensors where torch and jax differ beyond the tolerance, above the same rounding resolution a check
    allows (a saturating family's derivative near its bound: SATURATION_RESOLUTION)."""
    from xval.reference.backends import get_backend
    from xval.reference.compare import model_resolution
    from xval.reference.gradcheck import undamped_scale

    torch_backend = get_backend("torch", dtype)
    _, gt = torch_backend.loss_and_grads(params, x, y, spec=spec)
    _, gj = get_backend("jax", dtype).loss_and_grads(params, x, y, spec=spec)
    resolution = model_resolution(gt, dtype, spec, scale=undamped_scale(params, x, y, spec, torch_backend))
    return [c for c in compare_grads(gt, gj, "torch vs jax", tolerance(dtype, "torch", spec), resolution)
            if not c.ok]


@pytest.mark.parametrize("dtype", ["float64", pytest.param("float32", marks=pytest.mark.slow)])
@pytest.mark.parametrize("spec", PLAIN + FAMILIES + BIASES_TOO, ids=fid)
def test_every_family_agrees_with_every_oracle_within_the_measured_tolerance(spec, dtype):
    """Both regimes, before and after three momentum steps; with MARGIN to spare, as measured."""
    dt = np.dtype(dtype)
    checked = 0
    for name, params, x, y in synthetic_cases(dt, steps=(0, 3), spec=spec, archs=("d3",)):
        r = check_batch(params, x, y, spec=spec, required=True)
        assert r.ok, f"{name}: " + "; ".join(r.failures())
        for c in r.comparisons:
            assert c.max_rel * MARGIN <= c.tol, f"{name} {c.oracle} {c.param}: {c.max_rel:.1e} vs tol {c.tol:.0e}"
        assert not _torch_jax_agree(params, x, y, spec, dt), name
        checked += 1
    assert checked >= 2  # identity + MSE may blow up in the saturated regime; He always runs


@pytest.mark.parametrize("spec", FAMILIES[::3] + [ModelSpec("tanh", l2=0.0)] + BIASES_TOO[1:], ids=fid)
def test_momentum_steps_agree_across_backends(spec):
    """Three steps carrying the velocity: numpy, torch (optim.SGD) and jax end at the same parameters."""
    from xval.reference.backends import get_backend

    x, y = synthetic_batch(16, 13, 5, np.float64, seed=3)
    start = synthetic_params((13, 7, 5), "he", np.float64)
    ends = {}
    for name in ("numpy", "torch", "jax"):
        b, params, vel = get_backend(name), start, None
        for k in range(3):
            params, vel, _ = b.step(params, x[k * 5:k * 5 + 5], y[k * 5:k * 5 + 5], 0.1, spec=spec, velocity=vel)
        ends[name] = params
        assert (vel is None) == (spec.momentum == 0)
    for name in ("torch", "jax"):
        bad = [c for c in compare_grads(ends["numpy"], ends[name], name, tolerance(np.float64, "trace")) if not c.ok]
        assert not bad, [c.message() for c in bad]


@pytest.mark.parametrize("spec", [ModelSpec("tanh", "softmax", "mse"), ModelSpec("sigmoid", "sigmoid", "bce"),
                                  ModelSpec("leaky_relu", "identity", "mse")], ids=fid)
def test_every_backend_gives_the_same_outputs(spec, rng):
    from xval.reference.backends import get_backend

    params = init_params((10, 6, 3), "xavier", seed=5)
    x = rng.random((7, 10))
    expected = get_backend("numpy").output(params, x, spec=spec)
    assert expected.shape == (7, 3)
    for name in ("torch", "jax"):
        np.testing.assert_allclose(get_backend(name).output(params, x, spec=spec), expected, rtol=1e-12, atol=1e-15)


def test_l2_adds_lambda_w_to_the_weight_gradients_only(rng):
    params = init_params((10, 6, 3), "he", seed=4)
    x, y = rng.random((12, 10)), rng.integers(0, 3, 12)
    spec = ModelSpec("sigmoid", l2=0.01)
    loss0, g0 = mlp.loss_and_grads(params, x, y, ModelSpec("sigmoid"))
    loss1, g1 = mlp.loss_and_grads(params, x, y, spec)
    for (W, _), (dW0, db0), (dW1, db1) in zip(params, g0, g1):
        np.testing.assert_allclose(dW1, dW0 + 0.01 * W, rtol=1e-13, atol=1e-15)
        np.testing.assert_array_equal(db1, db0)
    assert loss1 == pytest.approx(loss0 + 0.005 * sum(np.sum(W * W) for W, _ in params), rel=1e-13)


def test_l2_over_the_biases_adds_lambda_b_to_their_gradients_too(rng):
    """``l2_biases``: the penalty 0.5 * l2 * (sum W^2 + sum b^2), the gradient l2 * W and l2 * b (biases made
    non-zero: at zero biases their share is zero)."""
    params = [(W, rng.standard_normal(b.shape)) for W, b in init_params((10, 6, 3), "he", seed=4)]
    x, y = rng.random((12, 10)), rng.integers(0, 3, 12)
    loss0, g0 = mlp.loss_and_grads(params, x, y, ModelSpec("sigmoid", l2=0.01))
    loss1, g1 = mlp.loss_and_grads(params, x, y, ModelSpec("sigmoid", l2=0.01, l2_biases=True))
    for (_, b), (dW0, db0), (dW1, db1) in zip(params, g0, g1):
        np.testing.assert_array_equal(dW1, dW0)
        np.testing.assert_allclose(db1, db0 + 0.01 * b, rtol=1e-13, atol=1e-15)
    assert loss1 == pytest.approx(loss0 + 0.005 * sum(np.sum(b * b) for _, b in params), rel=1e-13)
    assert parse_spec("l2=0.01,l2_biases=true") == ModelSpec(l2=0.01, l2_biases=True)
    assert ModelSpec(l2_biases=True) == NOTEBOOK  # no L2: nothing to cover


@pytest.mark.parametrize("bug", ["sigmoid on z", "tanh on z", "no output derivative", "gate on a linear layer"])
def test_a_family_bug_in_the_product_is_caught(monkeypatch, bug):
    from xval.impl import activations

    spec = {"sigmoid on z": ModelSpec("sigmoid"), "tanh on z": ModelSpec("tanh"),
            "no output derivative": ModelSpec("relu", "sigmoid", "mse"),
            "gate on a linear layer": ModelSpec("identity")}[bug]
    if bug == "no output derivative":
        monkeypatch.setattr(activations, "output_delta", lambda s, z, a, y: (a - activations.one_hot(
            y, z.shape[1], a.dtype)) / len(y))
    elif bug == "gate on a linear layer":  # ReLU's gate (z > 0) where the layer has no activation
        monkeypatch.setattr(activations, "hidden_backward_", lambda s, d, z, a: d.__imul__(z > 0))
    else:
        original = activations.hidden_backward_
        monkeypatch.setattr(activations, "hidden_backward_", lambda s, d, z, a: original(s, d, z, z))
    monkeypatch.setattr(mlp, "output_delta", activations.output_delta)
    monkeypatch.setattr(mlp, "hidden_backward_", activations.hidden_backward_)
    x, y = synthetic_batch(8, 13, 5, np.float64, seed=1)
    r = check_batch(synthetic_params((13, 7, 5), "he", np.float64), x, y, spec=spec, required=True)
    assert not r.ok and {c.oracle for c in r.comparisons if not c.ok} == {"torch", "jax", "finite-diff"}


# -- trace, train and the CLI


def _tiny(seed=0, n=60, d=12, classes=4):
    g = np.random.default_rng(seed)
    return SimpleNamespace(train_x=g.random((n, d)), train_y=g.integers(0, classes, n),
                           test_x=g.random((20, d)), test_y=g.integers(0, classes, 20))


@pytest.mark.parametrize("spec", [ModelSpec("sigmoid", "softmax", "mse", 1e-4, "momentum:0.9"),
                                  ModelSpec("tanh", "sigmoid", "bce"), ModelSpec("leaky_relu", "identity", "mse")],
                         ids=fid)
def test_trace_of_a_family_matches_and_names_the_model(spec):
    from xval.reference.trace import run_trace

    params = init_params((12, 9, 4), "xavier", seed=1)
    res = run_trace(params, _tiny(), steps=8, oracles=["torch", "jax"], batch_size=20, lr=0.1, eval_every=4, spec=spec)
    assert res.ok, {n: (t.verdict, t.first_divergence) for n, t in res.oracles.items()}
    assert res.to_json()["model"]["text"] == str(spec)
    for tr in res.oracles.values():
        assert max(tr.local_max) * MARGIN <= tolerance(np.float64, "trace")


def test_train_with_momentum_keeps_the_velocity_across_steps(rng):
    from xval.impl.train import train

    data = _tiny()
    spec = ModelSpec("tanh", "softmax", "cross_entropy", 0.0, "momentum:0.5")
    a = init_params((12, 9, 4), "xavier", seed=1)
    b = mlp.copy_params(a)
    train(a, data.train_x, data.train_y, data.test_x, data.test_y, epochs=1, batch_size=20, lr=0.1, eval_every=100,
          log=lambda _: None, spec=spec)
    vel = mlp.zero_velocity(b)
    for s in range(0, 60, 20):
        mlp.sgd_step_(b, data.train_x[s:s + 20], data.train_y[s:s + 20], 0.1, spec, vel)
    assert all(np.array_equal(s, t) for p, q in zip(a, b) for s, t in zip(p, q))


@pytest.fixture
def small(tmp_path, synthetic_dir):
    path = tmp_path / "w.npy"
    save_weights(init_params((784, 17, 9, 10), "xavier", 0), path)
    return ["--weights", path, "--data", synthetic_dir, "--accept-checksum-mismatch"]


def test_gradcheck_cli_takes_the_spec_and_names_it(xval, small):
    code, out, err = xval("gradcheck", *small, "--hidden", "sigmoid", "--loss", "mse", "--l2", "1e-4",
                          "--momentum", "0.9", "--at-step", "2", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["ok"] and result["model"]["text"] == "hidden=sigmoid,output=softmax,loss=mse,l2=0.0001,optimizer=momentum:0.9"
    code, out, _ = xval("gradcheck", *small, "--hidden", "tanh", "--output", "sigmoid", "--oracles", "torch")
    assert code == 0 and "tanh hidden units, sigmoid + binary cross-entropy" in out
    code, out, err = xval("gradcheck", *small, "--l2", "1e-3", "--l2-biases", "--at-step", "2", "--json")
    assert code == 0, err  # (after two steps the biases are not zero: their share of the L2 term is checked)
    result = json.loads(out)
    assert result["ok"] and result["model"]["l2_biases"] and "L2 0.001 (weights and biases)" in \
        result["model"]["description"]


def test_bad_spec_options_exit_2(xval, small):
    code, _, err = xval("gradcheck", *small, "--hidden", "swish")
    assert code == 2 and "--hidden" in err
    code, _, err = xval("gradcheck", *small, "--output", "identity", "--loss", "bce")
    assert code == 2 and "not a supported pair" in err


def test_train_cli_writes_the_model_into_history(xval, small, tmp_path):
    code, out, err = xval("train", *small, "--hidden", "tanh", "--loss", "mse", "--momentum", "0.9", "--steps", "3",
                          "--eval-every", "2", "--out", tmp_path / "run")
    assert code == 0, err
    history = json.loads((tmp_path / "run" / "history.json").read_text())
    assert history["config"]["model"]["text"] == "hidden=tanh,output=softmax,loss=mse,l2=0,optimizer=momentum:0.9"
    assert (tmp_path / "run" / "history.csv").read_text().splitlines()[0].endswith(",model")
    assert "[Iter 0]" in out and "model: tanh hidden units" in err


def test_init_weights_uses_xavier_for_sigmoid_and_tanh(xval, tmp_path):
    code, _, err = xval("init-weights", "--hidden", "identity", "--sizes", "40,30,10", "-o", tmp_path / "i.npy")
    assert code == 0 and "xavier" in err  # a linear layer: normal weights blow its outputs up
    code, _, err = xval("init-weights", "--hidden", "tanh", "--sizes", "40,30,10", "-o", tmp_path / "t.npy")
    assert code == 0 and "xavier" in err
    W = load_weights(tmp_path / "t.npy")[0][0]
    assert 0.5 < W.std() / np.sqrt(2 / 70) < 1.5
    code, _, err = xval("init-weights", "--sizes", "40,30,10", "-o", tmp_path / "n.npy")
    assert code == 0 and "normal" in err


def test_hidden_layers_of_different_activations_are_one_spec_applied_layer_by_layer():
    """hidden=relu/tanh: one activation per hidden layer, canonical (the same for all collapses to one name), strict
    about the depth, each layer's spec for code written for one activation, and in each layer's tolerance family."""
    spec = ModelSpec(hidden="ReLU/tanh", loss="cross_entropy")
    assert spec.hidden == "relu/tanh" and spec.mixed and spec.layers == ("relu", "tanh")
    assert ModelSpec(hidden="tanh/tanh").hidden == "tanh" and not ModelSpec(hidden="tanh/tanh").mixed
    assert [s.hidden for s in spec.per_layer(2)] == ["relu", "tanh"]
    assert spec.first(1).hidden == "relu" and spec.first(2) == spec
    assert spec.has_kinks and spec.saturates and spec.describe().startswith("relu then tanh hidden units")
    assert parse_spec(str(spec)) == spec
    for depth in (1, 3):
        with pytest.raises(InputError, match="gives 2 hidden layers' activations"):
            spec.per_layer(depth)
    with pytest.raises(ValueError, match="differs by layer"):
        spec.activation
    with pytest.raises(InputError, match="one per hidden layer"):
        ModelSpec(hidden="relu/swish")
    assert tolerance(np.float64, "torch", spec) == max(tolerance(np.float64, "torch", ModelSpec(hidden=h))
                                                       for h in ("relu", "tanh"))


@pytest.mark.parametrize("hidden", ["relu/tanh", "sigmoid/leaky_relu:0.1", "identity/relu"])
def test_hidden_layers_of_different_activations_agree_across_the_product_and_every_oracle(hidden):
    """The product's hand-written backprop, torch, jax and finite differences on a 2-hidden-layer model whose layers
    differ (MSE through a sigmoid output for the second): all agree within the family's tolerances."""
    spec = ModelSpec(hidden=hidden, output="sigmoid" if "sigmoid" in hidden else "softmax",
                     loss="mse" if "sigmoid" in hidden else "cross_entropy")
    params = synthetic_params((13, 7, 6, 5), "he", np.float64)
    x, y = synthetic_batch(8, 13, 5, np.float64, seed=3)
    result = check_batch(params, x, y, oracles=("torch", "jax", "finite-diff"), required=True, spec=spec)
    assert result.ok, result.table()
    # each layer its own activation: the same model with one activation everywhere gives other logits
    one = ModelSpec(hidden=hidden.split("/")[0], output=spec.output, loss=spec.loss)
    assert not np.allclose(mlp.forward(x, params, spec)[1][-1], mlp.forward(x, params, one)[1][-1])
