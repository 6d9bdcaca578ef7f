"""`xval gradcheck` end to end, in process: exit codes, the JSON contract, a planted bug, missing oracles."""

from __future__ import annotations

import json

import numpy as np
import pytest

from xval.impl.weights import init_params, save_weights

pytest.importorskip("torch")
pytest.importorskip("jax")

REQUIRED = {"oracle": str, "param": str, "max_abs": float, "max_rel": float, "index": list, "n_bad": int, "ok": bool}


@pytest.fixture
def small(tmp_path, synthetic_dir):
    """A 784-17-9-10 He weights file and the synthetic data dir: the options every run here shares."""
    path = tmp_path / "w.npy"
    save_weights(init_params((784, 17, 9, 10), "he", 0), path)
    return ["--weights", path, "--data", synthetic_dir, "--accept-checksum-mismatch"]


def check_contract(out: dict, n_tensors: int, oracles=("torch", "jax", "finite-diff")) -> None:
    assert isinstance(out["ok"], bool) and isinstance(out["dtype"], str)
    for c in out["comparisons"]:
        for key, kind in REQUIRED.items():
            assert isinstance(c[key], kind), (key, c[key])
        assert all(isinstance(i, int) for i in c["index"])
    assert [c["oracle"] for c in out["comparisons"]] == [o for o in oracles for _ in range(n_tensors)]
    names = [f"{k}{i}" for i in range(1, n_tensors // 2 + 1) for k in "wb"]
    assert [c["param"] for c in out["comparisons"]] == names * len(oracles)


def test_json_contract_and_exit_0(xval, small):
    code, out, err = xval("gradcheck", *small, "--json")
    assert code == 0, err
    result = json.loads(out)
    check_contract(result, 6)
    assert result["ok"] is True and result["dtype"] == "float64"
    assert max(c["max_rel"] for c in result["comparisons"] if c["oracle"] != "finite-diff") <= 1e-10


def test_table_is_the_default_output(xval, small):
    code, out, _ = xval("gradcheck", *small)
    assert code == 0
    rows = [line.split()[0] for line in out.splitlines()[3:9]]
    assert rows == ["w1", "b1", "w2", "b2", "w3", "b3"]
    assert "torch" in out and "jax" in out and "finite-diff" in out and "OK:" in out


@pytest.fixture
def w2_gradient_doubled(plant_weight_gradient_scale):
    """A planted bug in the product itself: impl's backprop returns 2 x dL/dw2."""
    plant_weight_gradient_scale(1, 2)


@pytest.mark.parametrize("output", ["table", "json"])
def test_planted_scaling_bug_exits_1_naming_parameter_and_element(xval, small, w2_gradient_doubled, output):
    code, out, _ = xval("gradcheck", *small, *(["--json"] if output == "json" else []))
    assert code == 1
    if output == "table":
        mismatch = out[out.index("MISMATCH"):]
        for oracle in ("torch", "jax", "finite-diff"):
            line = next(l for l in mismatch.splitlines() if l.strip().startswith(oracle))
            assert "w2[" in line and "expected" in line and "got" in line
        assert "w1[" not in mismatch and "b2" not in mismatch
    else:
        result = json.loads(out)
        check_contract(result, 6)
        assert result["ok"] is False
        assert {(c["oracle"], c["param"]) for c in result["comparisons"] if not c["ok"]} == {
            ("torch", "w2"), ("jax", "w2"), ("finite-diff", "w2")}
        bad = next(c for c in result["comparisons"] if c["oracle"] == "torch" and not c["ok"])
        assert len(bad["index"]) == 2 and bad["checked"] == pytest.approx(2 * bad["expected"], rel=1e-9)


def test_partial_batch_after_training_steps(xval, small):
    code, out, err = xval("gradcheck", *small, "--at-step", "7", "--batch-index", "5", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["batch_size"] == 30 and result["at_step"] == 7 and result["rows"] == "1000..1029"


@pytest.mark.parametrize("argv, expected", [
    (["--batch-index", "6"], "--batch-index: expected 0..5"),
    (["--oracles", "torch,nope"], "--oracles: expected a comma-separated subset"),
    (["--weights", "/nonexistent/w.npy"], "weights file not found"),
])
def test_unusable_input_exits_2(xval, small, argv, expected):
    code, out, err = xval("gradcheck", *small, *argv)
    assert code == 2 and expected in err and out == ""


@pytest.fixture
def torch_missing(monkeypatch):
    import xval.reference.backends as backends
    import xval.reference.gradcheck as gc

    real = backends.is_installed
    fake = lambda name: name != "torch" and real(name)  # noqa: E731
    monkeypatch.setattr(backends, "is_installed", fake)
    monkeypatch.setattr(gc, "is_installed", fake)
    monkeypatch.setattr(backends, "_CACHE", {})


def test_missing_oracle_is_skipped_by_default(xval, small, torch_missing):
    code, out, err = xval("gradcheck", *small, "--json")
    assert code == 0 and "torch oracle skipped: torch is not installed" in err
    result = json.loads(out)
    check_contract(result, 6, oracles=("jax", "finite-diff"))
    assert result["skipped"] == {"torch": "torch is not installed"}


def test_missing_oracle_named_explicitly_exits_2(xval, small, torch_missing):
    code, _, err = xval("gradcheck", *small, "--oracles", "torch,jax")
    assert code == 2 and "pip install" in err and "torch" in err


# -- the "done" criteria on the real data ---------------------------------------------

@pytest.mark.real_data
@pytest.mark.slow
def test_default_saturated_weights_float64(xval, fashion):
    code, out, err = xval("gradcheck", "--dtype", "float64", "--json")
    assert code == 0, err
    result = json.loads(out)
    check_contract(result, 6)
    assert max(c["max_rel"] for c in result["comparisons"] if c["oracle"] != "finite-diff") <= 1e-9


@pytest.mark.real_data
@pytest.mark.slow
def test_four_layer_float32_file_checked_in_float64(xval, fashion, tmp_path):
    path = tmp_path / "w4.npy"
    save_weights(init_params((784, 200, 100, 50, 10), "he", 0, np.float32), path)
    code, out, err = xval("gradcheck", "--weights", path, "--dtype", "float64", "--json")
    assert code == 0, err
    result = json.loads(out)
    check_contract(result, 8)
    assert result["dtype"] == "float64"
    assert max(c["max_rel"] for c in result["comparisons"] if c["oracle"] != "finite-diff") <= 1e-9
