"""`xval report`: artefacts, atomic output, and the page as a real browser renders it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess

import numpy as np
import pytest

from xval.impl import weights as weights_io

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
REQUIRE_BROWSER = os.environ.get("XVAL_REQUIRE_BROWSER", "") not in ("", "0")
FIGURES = ("loss", "accuracy", "divergence", "gradients_start", "gradients_end", "timing")
BACKEND_RGB = {"numpy": (0x1F, 0x77, 0xB4), "torch": (0xD6, 0x27, 0x28), "jax": (0x2C, 0xA0, 0x2C)}


def chromium(tmp_path, *args: str) -> subprocess.CompletedProcess:
    """Headless Chromium as root on a machine without network (flags from the machine's notes)."""
    if CHROMIUM is None:
        if REQUIRE_BROWSER:
            pytest.fail("XVAL_REQUIRE_BROWSER is set but chromium is not installed (apt-get install chromium)")
        pytest.skip("chromium is not installed")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'chromium-profile'}"]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=120, check=True)


@pytest.fixture(scope="module")
def one_epoch_report(fashion, tmp_path_factory):
    """`xval report --epochs 1` on the real data with the default (saturated) weights, run once."""
    from xval.reports.cli import main

    out = tmp_path_factory.mktemp("report") / "out"
    code = main(["report", "--epochs", "1", "--out", str(out)])
    return code, out


@pytest.mark.real_data
@pytest.mark.slow
def test_one_epoch_report_writes_everything(one_epoch_report):
    code, out = one_epoch_report
    assert code == 0
    html = (out / "report.html").read_text()
    embedded = re.findall(r'<img [^>]*src="data:image/png;base64,', html)
    assert len(embedded) == len(FIGURES) >= 4
    assert "http://" not in html and "https://" not in html and "<link" not in html, "the page must be self-contained"
    for name in ("numpy", "torch", "jax"):
        assert name in html
    from matplotlib.image import imread
    for name in FIGURES:
        img = imread(out / f"{name}.png")
        assert img.shape[0] > 150 and img[..., :3].std() > 0.05, f"{name}.png is blank"
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["ok"] and set(metrics["curves"]) == {"numpy", "torch", "jax"}
    assert metrics["trace"]["steps"] == 300 and metrics["environment"]["numpy"] == np.__version__
    assert metrics["regime"]["saturated"]
    curves = metrics["curves"]
    assert curves["numpy"]["iterations"][:3] == [0, 30, 60]
    # the three backends' curves match: all evaluated at the same steps, accuracies within a few percent
    for name in ("torch", "jax"):
        assert curves[name]["iterations"] == curves["numpy"]["iterations"]
        assert np.allclose(curves[name]["test_acc"], curves["numpy"]["test_acc"], atol=0.05)
    rows = (out / "metrics.csv").read_text().splitlines()
    assert rows[0] == "backend,iteration,train_loss,test_loss,train_acc,test_acc,model"
    assert len(rows) == 1 + 3 * len(curves["numpy"]["iterations"])


@pytest.mark.real_data
@pytest.mark.slow
def test_chromium_renders_the_report_with_overlaid_curves(one_epoch_report, tmp_path):
    _, out = one_epoch_report
    url = (out / "report.html").resolve().as_uri()
    dom = chromium(tmp_path, "--dump-dom", url).stdout
    rendered = re.search(r'data-figures-rendered="(\d+)"', dom)
    assert rendered and int(rendered.group(1)) == len(FIGURES), "the browser did not decode every figure"
    shot = tmp_path / "shot.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2200", url)
    from matplotlib.image import imread
    rgb = (imread(shot)[..., :3] * 255).round().astype(int)
    for backend, colour in BACKEND_RGB.items():
        near = (np.abs(rgb - np.array(colour)).sum(axis=2) < 40).sum()
        assert near > 300, f"no {backend} curve visible in the screenshot ({near} pixels of its colour)"


def test_existing_output_needs_force_and_nothing_half_written(tmp_path, xval):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    code, _, err = xval("report", "--out", out, "--steps", "1")
    assert code == 2 and "--force" in err and (out / "keep.txt").read_text() == "mine"
    bad = tmp_path / "bad.npy"
    np.save(bad, {"w1": np.ones((784, 10))}, allow_pickle=True)
    code, _, err = xval("report", "--weights", bad, "--out", tmp_path / "new", "--steps", "1")
    assert code == 2 and "missing b1" in err and not (tmp_path / "new").exists()


def test_an_output_path_that_is_a_file_is_refused_before_any_work(tmp_path, xval):
    target = tmp_path / "report.html"
    target.write_text("not a directory")
    code, _, err = xval("report", "--out", target, "--steps", "1", "--force")
    assert code == 2 and "found a file" in err and "[1/4]" not in err, err
    assert target.read_text() == "not a directory"


@pytest.mark.slow
def test_small_report_on_synthetic_data(synthetic_dir, tmp_path, xval):
    path = tmp_path / "he.npy"
    weights_io.save_weights(weights_io.init_params((784, 24, 10), "he", seed=0), path)
    code, out, err = xval("report", "--weights", path, "--data", synthetic_dir, "--accept-checksum-mismatch",
                          "--steps", "8", "--out", tmp_path / "r")
    assert code == 0, err
    assert "agrees with torch and jax" in out
    metrics = json.loads((tmp_path / "r" / "metrics.json").read_text())
    assert metrics["curves"]["numpy"]["iterations"] == [0, 7]
    assert not metrics["regime"]["saturated"]
    assert sorted(p.name for p in (tmp_path / "r").iterdir()) == sorted(
        [f"{n}.png" for n in FIGURES] + ["metrics.csv", "metrics.json", "report.html"])
