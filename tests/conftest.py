"""Shared fixtures: seeded randomness, real and synthetic Fashion-MNIST, and an in-process `xval` runner."""

from __future__ import annotations

import os

# torch's idle OpenMP threads otherwise spin on the two cores that numpy's BLAS and jax need next
# (see xval.reference.trace.prefer_passive_openmp); set before any test imports torch. Results unchanged.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from pathlib import Path

import numpy as np
import pytest

from xval.impl import mlp
from xval.impl.data import load_fashion_mnist
from xval.impl.errors import InputError
from xval.reports.cli import main

REQUIRE_DATA = os.environ.get("XVAL_REQUIRE_DATA", "") not in ("", "0")


@pytest.fixture(autouse=True)
def _seeded_and_offline(monkeypatch):
    """Every test starts from the same global seed and never downloads."""
    np.random.seed(0)
    monkeypatch.setenv("XVAL_OFFLINE", "1")


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(0)


@pytest.fixture(scope="session")
def fashion():
    """The real Fashion-MNIST in float64; skipped where it is absent unless XVAL_REQUIRE_DATA=1 (CI)."""
    os.environ.setdefault("XVAL_OFFLINE", "1")
    try:
        return load_fashion_mnist()
    except InputError as exc:
        if REQUIRE_DATA:
            pytest.fail(f"XVAL_REQUIRE_DATA is set but the real data is missing: {exc}")
        pytest.skip(f"real Fashion-MNIST not available: {exc}")


def write_npy_dataset(directory: Path, n_train: int, n_test: int, seed: int = 0, n_classes: int = 10) -> Path:
    """Random uint8 28x28 images and labels in the notebook's .npy layout."""
    gen = np.random.default_rng(seed)
    directory.mkdir(parents=True, exist_ok=True)
    for part, n in (("train", n_train), ("test", n_test)):
        np.save(directory / f"{part}_x.npy", gen.integers(0, 256, size=(n, 28, 28), dtype=np.uint8))
        np.save(directory / f"{part}_y.npy", gen.integers(0, n_classes, size=n, dtype=np.uint8))
    return directory


@pytest.fixture
def synthetic_dir(tmp_path) -> Path:
    """1030 training samples (five full batches of 200 and a partial one of 30) and 250 test samples."""
    return write_npy_dataset(tmp_path / "synthetic", 1030, 250)


@pytest.fixture
def xval(capsys):
    """Run `xval ARGS...` in process; returns (exit code, stdout, stderr)."""

    def run(*argv: str) -> tuple[int, str, str]:
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def plant_weight_gradient_scale(monkeypatch):
    """Plant a bug in the product: ``plant(layer, factor)`` makes impl's backprop return factor x dL/dW
    for that layer (0-based: 1 is w2). Undone after the test."""

    def plant(layer: int, factor) -> None:
        real = mlp.gradients

        def planted(*args, **kwargs):
            grads = real(*args, **kwargs)
            grads[layer] = (grads[layer][0] * factor, grads[layer][1])
            return grads

        monkeypatch.setattr(mlp, "gradients", planted)

    return plant


@pytest.fixture(scope="session")
def mutants(tmp_path_factory) -> Path:
    """A directory holding every mutant of tests/mutants/bugs.py as <bug>.py (the corpus, written out once)."""
    from tests.mutants.bugs import BUGS, write_mutant

    out = tmp_path_factory.mktemp("mutants")
    for name in BUGS:
        write_mutant(name, out)
    return out
