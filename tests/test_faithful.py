"""The product's training steps are bit-identical to a literal transcription of the notebook."""

from __future__ import annotations

import numpy as np
import pytest

from xval.impl import weights as weights_io
from xval.impl.mlp import sgd_step_
from tests.notebook_transcription import nb_steps, nb_train_lines


def _notebook_lists(params):
    """The notebook's two lists, built from its weights dict the way the notebook does."""
    raw = weights_io.to_dict(params)
    n = len(params)
    return ([raw[f"w{i + 1}"].copy() for i in range(n)],
            [raw[f"b{i + 1}"].copy().reshape(1, -1) for i in range(n)])


def _assert_lockstep_bit_identical(params, x, y, batch_size, lr, max_steps=None):
    weights, biases = _notebook_lists(params)
    steps = 0
    for step, nb_loss in enumerate(nb_steps(x, y, weights, biases, batch_size, lr)):
        start = step * batch_size
        loss = sgd_step_(params, x[start:start + batch_size], y[start:start + batch_size], lr)
        assert loss == nb_loss, f"step {step}: batch loss {loss!r} != notebook {nb_loss!r}"
        for i, (W, b) in enumerate(params):
            assert np.array_equal(W, weights[i]), f"step {step}: w{i + 1} differs from the notebook's"
            assert np.array_equal(b, biases[i]), f"step {step}: b{i + 1} differs from the notebook's"
        steps += 1
        if max_steps and steps == max_steps:
            break
    return steps


@pytest.mark.parametrize("sizes", [(784, 10), (784, 64, 10), (784, 33, 17, 10), (784, 48, 31, 23, 10)],
                         ids=lambda s: "-".join(map(str, s)))
@pytest.mark.parametrize("init", ["normal", "he"])
def test_steps_bit_identical_on_synthetic_data(sizes, init, rng):
    x = rng.integers(0, 256, size=(1030, 784)) / 255.0
    y = rng.integers(0, 10, size=1030)
    params = weights_io.init_params(sizes, init, seed=3)
    assert _assert_lockstep_bit_identical(params, x, y, batch_size=200, lr=0.005) == 6  # the partial batch too


@pytest.mark.real_data
@pytest.mark.slow
@pytest.mark.parametrize("init", ["normal", "he"], ids=["saturated-normal", "he"])
def test_300_steps_bit_identical_on_fashion_mnist(init, fashion):
    params = weights_io.init_params(weights_io.DEFAULT_SIZES, init, seed=0)
    steps = _assert_lockstep_bit_identical(params, fashion.train_x, fashion.train_y, 200, 0.005)
    assert steps == 300


@pytest.mark.real_data
@pytest.mark.slow
@pytest.mark.parametrize("init", ["normal"], ids=["saturated-normal"])
def test_xval_train_prints_the_notebooks_lines(init, fashion, tmp_path, xval):
    """One epoch of `xval train` prints the notebook's own lines, number for number. On the notebook's weights
    only: the printing does not depend on the initialisation, and the steps under He's are held bit-identical
    to the notebook's by test_300_steps_bit_identical_on_fashion_mnist (a run here took 73 s of the suite)."""
    path = tmp_path / "weights.npy"
    weights_io.save_weights(weights_io.init_params(weights_io.DEFAULT_SIZES, init, seed=0), path)
    code, out, _ = xval("train", "--backend", "numpy", "--weights", path, "--epochs", "1")
    assert code == 0
    raw = np.load(path, allow_pickle=True).item()  # our own file, written just above
    weights = [raw[f"w{i + 1}"] for i in range(3)]
    biases = [raw[f"b{i + 1}"].reshape(1, -1) for i in range(3)]
    expected = nb_train_lines(fashion.train_x, fashion.train_y, fashion.test_x, fashion.test_y, weights, biases)
    assert out.splitlines() == expected
