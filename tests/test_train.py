"""`xval train`: the schedule, the log lines, --steps, --out artefacts, dtypes and depth."""

from __future__ import annotations

import csv
import json
import re

import numpy as np
import pytest

from xval.impl import weights as weights_io

DATA = ("--accept-checksum-mismatch",)
ITER = re.compile(r"^\[Iter (\d+)\] Train Loss: \d+\.\d{4} \| Test Loss: \d+\.\d{4} \| "
                  r"Train Acc: \d\.\d{4} \| Test Acc: \d\.\d{4}$")


@pytest.mark.slow
def test_schedule_epoch_lines_and_final_block(synthetic_dir, xval):
    code, out, _ = xval("train", "--data", synthetic_dir, *DATA, "--epochs", "2", "--eval-every", "5")
    lines = out.splitlines()
    assert code == 0
    iters = [int(ITER.match(ln).group(1)) for ln in lines if ln.startswith("[Iter")]
    assert iters == [0, 5, 10]  # 6 steps per epoch (a partial batch of 30 kept), counted globally
    epoch_lines = [ln for ln in lines if ln.startswith("Epoch")]
    assert len(epoch_lines) == 2 and all(re.match(r"^Epoch [12]: Loss = \d+\.\d{4}$", ln) for ln in epoch_lines)
    assert lines[-4:-2] == ["", "Final Results:"]
    assert re.match(r"^Train Loss: \d+\.\d{4} \| Train Accuracy: \d\.\d{4}$", lines[-2])
    assert re.match(r"^Test  Loss: \d+\.\d{4} \| Test  Accuracy: \d\.\d{4}$", lines[-1])


def test_steps_stops_mid_epoch_without_an_epoch_line(synthetic_dir, xval):
    code, out, _ = xval("train", "--data", synthetic_dir, *DATA, "--steps", "7", "--eval-every", "6")
    lines = out.splitlines()
    assert code == 0
    assert [ln.split("]")[0] for ln in lines if ln.startswith("[Iter")] == ["[Iter 0", "[Iter 6"]
    assert [ln.split(":")[0] for ln in lines if ln.startswith("Epoch")] == ["Epoch 1"]  # epoch 2 unfinished
    last_iter = [ln for ln in lines if ln.startswith("[Iter 6]")][0]
    nums = re.findall(r"\d+\.\d{4}", last_iter)  # step 6 was the last: the final block repeats it
    assert lines[-2] == f"Train Loss: {nums[0]} | Train Accuracy: {nums[2]}"
    assert lines[-1] == f"Test  Loss: {nums[1]} | Test  Accuracy: {nums[3]}"


@pytest.mark.slow
def test_out_writes_history_and_the_notebooks_two_plots(synthetic_dir, tmp_path, xval):
    out_dir = tmp_path / "run"
    code, out, _ = xval("train", "--data", synthetic_dir, *DATA, "--epochs", "3", "--eval-every", "4", "--out", out_dir)
    assert code == 0
    history = json.loads((out_dir / "history.json").read_text())
    assert history["iterations"] == [0, 4, 8, 12, 16]
    assert history["config"]["epochs"] == 3 and history["steps_done"] == 18 and len(history["epoch_loss"]) == 3
    rows = list(csv.DictReader((out_dir / "history.csv").open()))
    assert [int(r["iteration"]) for r in rows] == history["iterations"]
    assert [float(r["test_acc"]) for r in rows] == history["test_acc"]
    from matplotlib.image import imread
    for name in ("loss", "accuracy"):
        img = imread(out_dir / f"{name}.png")
        assert img.ndim == 3 and img.shape[0] > 200 and img.shape[1] > 300
        assert img[..., :3].std() > 0.05, f"{name}.png looks blank"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".run.")], "temporary directory left behind"


@pytest.mark.parametrize("suffix", [".npy", ".npz"])
def test_four_layer_float32_file_with_row_biases_trains(suffix, synthetic_dir, tmp_path, xval):
    params = weights_io.init_params((784, 31, 17, 9, 10), "he", seed=2, dtype=np.float32)
    raw = {f"{k}{i}": (W if k == "w" else b) for i, (W, b) in enumerate(params, 1) for k in "wb"}
    assert raw["b1"].shape == (1, 31)
    path = tmp_path / f"four{suffix}"
    if suffix == ".npz":
        np.savez(path, **raw)
    else:
        np.save(path, raw)
    loaded = weights_io.load_weights(path)
    assert [W.dtype for W, _ in loaded] == [np.float32] * 4
    code, out, _ = xval("train", "--weights", path, "--data", synthetic_dir, *DATA, "--epochs", "2",
                        "--out", tmp_path / "run")
    assert code == 0 and out.count("[Iter") == 1 and "Final Results:" in out
    assert json.loads((tmp_path / "run" / "history.json").read_text())["config"]["dtype"] == "float32"


def test_dtype_option_casts_the_file(synthetic_dir, tmp_path, xval):
    path = tmp_path / "w32.npy"
    weights_io.save_weights(weights_io.init_params((784, 8, 10), dtype=np.float32), path)
    assert weights_io.load_weights(path, dtype=np.float64)[0][0].dtype == np.float64
    code, _, _ = xval("train", "--weights", path, "--dtype", "float64", "--data", synthetic_dir, *DATA,
                      "--steps", "2", "--out", tmp_path / "run")
    assert code == 0
    assert json.loads((tmp_path / "run" / "history.json").read_text())["config"]["dtype"] == "float64"


@pytest.mark.slow
def test_out_is_overwritten_only_with_force_and_other_files_are_kept(synthetic_dir, tmp_path, xval):
    run = tmp_path / "run"
    args = ("train", "--data", synthetic_dir, *DATA, "--steps", "2", "--out", run)
    assert xval(*args)[0] == 0
    (run / "notes.txt").write_text("mine")
    before = (run / "history.json").read_text()
    code, out, err = xval(*args)
    assert code == 2 and "--force" in err and "[Iter" not in out  # refused before training
    assert (run / "history.json").read_text() == before
    assert xval(*args, "--force")[0] == 0 and (run / "notes.txt").read_text() == "mine"


def test_default_weights_are_announced_once_on_stderr(synthetic_dir, xval):
    code, out, err = xval("train", "--data", synthetic_dir, *DATA, "--steps", "1")
    assert code == 0 and err.count("no --weights given") == 1 and "no --weights" not in out


def test_init_weights_roundtrip_and_determinism(tmp_path, xval):
    for name in ("a.npy", "b.npy"):
        assert xval("init-weights", "--sizes", "784,33,10", "--init", "xavier", "--seed", "5", "-o", tmp_path / name)[0] == 0
    a, b = (weights_io.load_weights(tmp_path / n) for n in ("a.npy", "b.npy"))
    assert all(np.array_equal(x[0], y[0]) for x, y in zip(a, b))
    raw = np.load(tmp_path / "a.npy", allow_pickle=True).item()  # the notebook's own way to read it
    assert sorted(raw) == ["b1", "b2", "w1", "w2"] and raw["b1"].shape == (33,)
    assert np.isclose(raw["w1"].std(), np.sqrt(2 / (784 + 33)), rtol=0.1)


def test_plots_mark_a_final_evaluation_that_is_off_the_schedule():
    from xval.reports import plots

    h = {"iterations": [0, 30], "train_loss": [3.0, 2.0], "test_loss": [3.1, 2.1], "train_acc": [0.1, 0.5],
         "test_acc": [0.1, 0.4], "final": {"train_loss": 1.5, "test_loss": 1.6, "train_acc": 0.6, "test_acc": 0.55},
         "steps_done": 60}
    labels = [line.get_label() for line in plots.learning_curves(h)["loss"].axes[0].lines]
    assert labels == ["Train Loss", "Train final (step 59)", "Test Loss", "Test final (step 59)"]
    on_schedule = dict(h, steps_done=31)  # the last step was an evaluation step: nothing extra to draw
    assert len(plots.learning_curves(on_schedule)["accuracy"].axes[0].lines) == 2
