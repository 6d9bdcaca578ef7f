"""Fashion-MNIST discovery, IDX parsing, checksums and export."""

from __future__ import annotations

import json

import numpy as np
import pytest

from xval.impl import data as data_io
from tests.test_bad_input import _write_idx_dir


@pytest.mark.parametrize("gz", [True, False], ids=["gz", "raw"])
def test_idx_layout_is_read_and_scaled_like_the_notebook(tmp_path, gz):
    d = _write_idx_dir(tmp_path / "idx", gz=gz)
    ds = data_io.load_fashion_mnist(d, accept_checksum_mismatch=True)
    raw, _ = data_io.read_raw("idx", ds.files)
    assert ds.layout == "idx" and ds.origin == "--data" and not ds.checksums_ok
    assert ds.train_x.shape == (40, 784) and ds.train_x.dtype == np.float64
    assert np.array_equal(ds.train_x, raw["train_x"].reshape(40, -1) / 255.0)
    assert ds.test_y.dtype == np.int64 and np.array_equal(ds.test_y, raw["test_y"])


def test_float32_data_stays_float32(tmp_path):
    d = _write_idx_dir(tmp_path / "idx")
    ds = data_io.load_fashion_mnist(d, dtype=np.float32, accept_checksum_mismatch=True)
    assert ds.train_x.dtype == np.float32 and ds.test_x.dtype == np.float32


def test_environment_variable_is_searched(tmp_path, monkeypatch, synthetic_dir):
    monkeypatch.setenv("FASHION_MNIST_DIR", str(synthetic_dir))
    ds = data_io.load_fashion_mnist(accept_checksum_mismatch=True)
    assert ds.origin == "$FASHION_MNIST_DIR" and ds.layout == "npy" and len(ds.train_x) == 1030


def test_npy_checksums_are_rebuilt_from_the_arrays(tmp_path):
    d = _write_idx_dir(tmp_path / "idx", gz=False)
    _, idx_md5 = data_io.read_raw(*data_io.locate(d)[2:])
    data_io.export_npy(d, tmp_path / "npy")
    _, npy_md5 = data_io.read_raw(*data_io.locate(tmp_path / "npy")[2:])
    assert npy_md5 == idx_md5  # the same bytes give the same checksum in either layout


@pytest.mark.real_data
@pytest.mark.slow
def test_real_data_info_export_and_roundtrip(fashion, tmp_path, xval):
    code, out, _ = xval("data", "info", "--json")
    info = json.loads(out)
    assert code == 0 and info["checksums_ok"] and [f["ok"] for f in info["files"]] == [True] * 4
    assert fashion.train_x.shape == (60000, 784) and fashion.test_x.shape == (10000, 784)
    code, _, _ = xval("data", "export", "--to", tmp_path / "fashion")
    assert code == 0
    again = data_io.load_fashion_mnist(tmp_path / "fashion")  # verifies: checksums hold for the export
    assert again.layout == "npy" and again.checksums_ok
    assert np.load(tmp_path / "fashion" / "train_x.npy").dtype == np.uint8
    for split in data_io.SPLITS:
        assert np.array_equal(getattr(again, split), getattr(fashion, split))


def test_data_info_reports_a_mismatch_with_exit_1(tmp_path, xval):
    d = _write_idx_dir(tmp_path / "idx")
    code, out, _ = xval("data", "info", "--data", d)
    assert code == 1 and "MISMATCH" in out and "checksums do NOT hold" in out
