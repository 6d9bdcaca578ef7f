"""The bad-input catalogue: each case exits 2 with one clear line on stderr, runs no payload, writes nothing."""

from __future__ import annotations

import gzip
import os
import pickle
import struct

import numpy as np
import pytest

from xval.impl import data as data_io
from xval.impl import weights as weights_io
from tests.conftest import write_npy_dataset

SMALL = (784, 16, 10)


class _Payload:
    """Unpickling this would run a shell command that creates a marker file."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def _save_dict(path, d):
    np.save(path, d, allow_pickle=True)
    return path


def _good_dict(sizes=SMALL):
    return weights_io.to_dict(weights_io.init_params(sizes, "he", seed=1))


def _assert_clean_exit_2(result, *needles):
    code, out, err = result
    assert code == 2, (code, out, err)
    lines = [ln for ln in err.strip().splitlines() if not ln.startswith("xval: no --weights given")]
    assert len(lines) == 1 and lines[0].startswith("xval ") and " error: " in lines[0], err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err, f"{needle!r} not in {err!r}"
    return err


def _bad_weights(tmp_path, kind):
    p = tmp_path / f"{kind}.npy"
    d = _good_dict()
    if kind == "payload":
        d["w1"] = _Payload(tmp_path / "PWNED")
    elif kind == "truncated":
        _save_dict(p, d)
        p.write_bytes(p.read_bytes()[:-500])
        return p, "truncated"
    elif kind == "no-chain":
        d["w2"] = np.ones((15, 10))
        return _save_dict(p, d), "do not chain"
    elif kind == "nan":
        d["w2"][0, 0] = np.nan
    elif kind == "inf":
        d["b1"][3] = np.inf
    elif kind == "missing-key":
        del d["b2"]
        return _save_dict(p, d), "missing b2"
    elif kind == "extra-key":
        d["momentum"] = np.zeros(3)
        return _save_dict(p, d), "'momentum'"
    elif kind == "gap":
        d["w3"], d["b3"] = d.pop("w2"), d.pop("b2")
        return _save_dict(p, d), "missing w2, b2"
    elif kind == "int-dtype":
        d["w1"] = d["w1"].astype(np.int64)
        return _save_dict(p, d), "float32 or float64"
    elif kind == "bias-shape":
        d["b1"] = np.zeros((2, 16))
        return _save_dict(p, d), "b1 must have shape (16,) or (1, 16)"
    elif kind == "transposed":  # PyTorch's (out, in) order: the bias fits w1's rows, not its columns
        d["w1"] = np.ascontiguousarray(d["w1"].T)
        return _save_dict(p, d), "w1 looks transposed"
    elif kind == "plain-array":
        np.save(p, np.zeros((3, 3)))
        return p, "plain array"
    elif kind == "not-npy":
        p.write_text("hello")
        return p, "neither"
    _save_dict(p, d)
    return p, {"payload": "refused to load global posix.system", "nan": "NaN or Inf", "inf": "NaN or Inf"}[kind]


WEIGHT_CASES = ["payload", "truncated", "no-chain", "nan", "inf", "missing-key", "extra-key", "gap",
                "int-dtype", "bias-shape", "transposed", "plain-array", "not-npy"]


@pytest.mark.parametrize("kind", WEIGHT_CASES)
def test_bad_weights_file(kind, tmp_path, synthetic_dir, xval):
    path, needle = _bad_weights(tmp_path, kind)
    out_dir = tmp_path / "out"
    err = _assert_clean_exit_2(
        xval("train", "--weights", path, "--data", synthetic_dir, "--accept-checksum-mismatch", "--steps", "1",
             "--out", out_dir),
        str(path), needle)
    assert not out_dir.exists(), "nothing may be written for unusable input"
    assert not (tmp_path / "PWNED").exists(), f"the pickle payload ran: {err}"


def test_payload_never_runs_even_nested(tmp_path):
    marker = tmp_path / "PWNED"
    p = tmp_path / "w.npy"
    with open(p, "wb") as f:
        np.lib.format.write_array_header_1_0(f, {"descr": "|O", "fortran_order": False, "shape": ()})
        pickle.dump({"w1": [_Payload(marker)]}, f, protocol=2)
    with pytest.raises(weights_io.InputError, match="refused"):
        weights_io.load_weights(p)
    assert not marker.exists()


def test_npz_with_object_arrays_is_refused(tmp_path):
    p = tmp_path / "w.npz"
    np.savez(p, w1=np.array([_Payload(tmp_path / "PWNED")], dtype=object), b1=np.zeros(3))
    with pytest.raises(weights_io.InputError, match="pickled objects"):
        weights_io.load_weights(p)
    assert not (tmp_path / "PWNED").exists()


def test_input_size_that_does_not_fit_the_data(tmp_path, synthetic_dir, xval):
    path = tmp_path / "w.npy"
    weights_io.save_weights(weights_io.init_params((100, 10)), path)
    _assert_clean_exit_2(xval("train", "--weights", path, "--data", synthetic_dir, "--accept-checksum-mismatch"),
                         "w1 expects 100 inputs", "784 features")


def test_labels_outside_the_output_classes(tmp_path, xval):
    data_dir = write_npy_dataset(tmp_path / "d", 50, 20, n_classes=12)
    path = tmp_path / "w.npy"
    weights_io.save_weights(weights_io.init_params(SMALL), path)
    _assert_clean_exit_2(xval("train", "--weights", path, "--data", data_dir, "--accept-checksum-mismatch"),
                         "labels must lie in 0..9", "found labels from 0 to 11")


def _write_idx_dir(directory, images_magic=data_io.IMAGES_MAGIC, gz=True):
    directory.mkdir()
    gen = np.random.default_rng(0)
    for split, name in data_io.IDX_NAMES.items():
        n = 40 if split.startswith("train") else 10
        if split.endswith("_x"):
            body = struct.pack(">iiii", images_magic, n, 28, 28) + gen.integers(0, 256, n * 784, np.uint8).tobytes()
        else:
            body = struct.pack(">ii", data_io.LABELS_MAGIC, n) + gen.integers(0, 10, n, np.uint8).tobytes()
        if gz:
            (directory / f"{name}.gz").write_bytes(gzip.compress(body))
        else:
            (directory / name).write_bytes(body)
    return directory


def test_wrong_idx_magic(tmp_path, xval):
    d = _write_idx_dir(tmp_path / "idx", images_magic=2049)
    _assert_clean_exit_2(xval("train", "--data", d, "--accept-checksum-mismatch"),
                         "train-images-idx3-ubyte.gz", "magic number 2051, found 2049")


def test_checksum_mismatch_is_refused_unless_accepted(tmp_path, xval):
    d = _write_idx_dir(tmp_path / "idx", gz=False)
    _assert_clean_exit_2(xval("train", "--data", d, "--steps", "1"), "MD5", "--accept-checksum-mismatch")
    code, out, _ = xval("train", "--data", d, "--steps", "1", "--batch-size", "8", "--accept-checksum-mismatch")
    assert code == 0 and out.startswith("[Iter 0] Train Loss: ")


def test_no_data_found_names_the_fixes(tmp_path, monkeypatch, xval):
    monkeypatch.delenv("FASHION_MNIST_DIR", raising=False)
    monkeypatch.setattr(data_io, "SYSTEM_DIR", tmp_path / "nowhere")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    _assert_clean_exit_2(xval("train", "--steps", "1"), "apt-get install dataset-fashion-mnist", "--data")


def test_data_dir_that_does_not_exist(tmp_path, xval):
    err = _assert_clean_exit_2(xval("data", "info", "--data", tmp_path / "nope"), "does not exist", "--data")
    assert "apt-get" not in err  # the user chose the place: the fix is there, not a package


def test_data_path_that_is_a_file(tmp_path, xval):
    f = tmp_path / "train.py"
    f.write_text("")
    _assert_clean_exit_2(xval("data", "info", "--data", f), str(f), "is a file")


def test_data_dir_missing_one_file_names_it(tmp_path, xval):
    d = _write_idx_dir(tmp_path / "idx", gz=True)
    (d / "t10k-labels-idx1-ubyte.gz").unlink()
    _assert_clean_exit_2(xval("data", "info", "--data", d), "IDX layout lacks t10k-labels-idx1-ubyte.gz")


def test_truncated_idx(tmp_path, xval):
    d = _write_idx_dir(tmp_path / "idx", gz=False)
    f = d / "t10k-labels-idx1-ubyte"
    f.write_bytes(f.read_bytes()[:-3])
    _assert_clean_exit_2(xval("train", "--data", d, "--accept-checksum-mismatch"), str(f), "truncated")


def test_init_weights_refuses_to_overwrite(tmp_path, xval):
    p = tmp_path / "w.npy"
    p.write_bytes(b"precious")
    _assert_clean_exit_2(xval("init-weights", "-o", p), "exists already", "--force")
    assert p.read_bytes() == b"precious"


def test_training_that_diverges_stops_and_keeps_history(tmp_path, synthetic_dir, xval):
    code, out, err = xval("train", "--data", synthetic_dir, "--accept-checksum-mismatch", "--lr", "1e300",
                          "--eval-every", "1", "--out", tmp_path / "out")
    assert code == 1
    assert "training stopped at step" in err and "NaN or Inf" in err
    import json
    history = json.loads((tmp_path / "out" / "history.json").read_text())
    assert history["stopped"].startswith("training stopped at step")
    assert len(history["iterations"]) == history["steps_done"] - 1 == out.count("[Iter ")
