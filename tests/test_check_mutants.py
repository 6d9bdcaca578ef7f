"""The mutation corpus: every injected bug is caught, localized on an affected tensor, and named.

tests/mutants/bugs.py holds the bugs, each an edit of the correct
correct_notebook_style.py that makes one standalone mutant file (its
docstring says which bug); the correct_* files and notebook_like.ipynb are
correct in different styles and
must pass with no diagnosis at all. Checks run in process with the oracles
warm, on the real first batches when Fashion-MNIST is installed (synthetic
otherwise), with a 3-step trace (the full 30-step trace runs on the correct
files).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from xval.reports.check import CheckOptions, check_submission
from xval.reports.check.inputs import load_inputs
from tests.mutants.bugs import BUGS

MUTANTS = Path(__file__).parent / "mutants"
W = ["w1", "w2", "w3"]
B = ["b1", "b2", "b3"]
ALL = W + B
HIDDEN = ["w1", "b1", "w2", "b2"]

# bug -> (code, factor or None, tensors/outputs the first mismatch may name, its stage, a phrase of the explanation)
EXPECTED = {
    "no_batch_mean": ("scaled-gradient", 200.0, ALL, "backward", "not divided by the batch size"),
    "bias_grad_wrong_axis": ("raised", None, B, "update", "changed the shape of b"),
    "bias_mean_not_sum": ("scaled-gradient", 0.005, B, "backward", "a mean where a sum belongs"),
    "gradient_ascent": ("scaled-gradient", -1.0, ALL, "backward", "gradient ascent"),
    "doubled_delta": ("scaled-gradient", 2.0, ALL, "backward", "doubled"),
    "hardcoded_batch_size": ("scaled-gradient", 0.15, ALL, "backward", "a fixed 200 instead of this batch's size 30"),
    "one_layer_slip": ("scaled-gradient", 1.001, ["w2"], "backward", "1.001 x the oracle's"),
    "bias_not_updated": ("not-updated", None, B, "update", "not updated"),
    "update_local_rebind": ("not-updated", None, ALL, "update", "not updated"),
    "float32_delta": ("precision-loss", None, ALL, "backward", "float32 rounding level"),
    "softmax_wrong_axis": ("forward-mismatch", None, ["probs"], "forward", "softmax over axis 0"),
    "softmax_no_max_shift": ("forward-mismatch", None, ["probs"], "forward", "exp overflows"),
    "relu_on_output": ("forward-mismatch", None, ["probs"], "forward", "output layer"),
    "forward_missing_bias": ("forward-mismatch", None, ["z1", "z2", "z3"], "forward", "lacks the bias"),
    "missing_relu_derivative": ("relu-gate", None, HIDDEN, "backward", "no ReLU derivative"),
    "relu_derivative_at_zero": ("relu-gate", None, HIDDEN, "backward", "ReLU'(0) = 1"),
    "gate_from_wrong_layer": ("relu-gate", None, HIDDEN, "backward", "the layer above"),
    "update_inside_backprop_loop": ("stale-weights", None, HIDDEN, "backward", "already updated"),
    "l1_penalty": ("gradient-mismatch", None, W, "backward", "layer 3 is the deepest that differs"),
    "weight_decay": ("weight-decay", None, W, "backward", "0.0001 x the weights themselves: an L2 penalty"),
    "lr_squared": ("update-rule", None, ALL, "update", "learning rate applied twice"),
    "hardcoded_learning_rate": ("update-rule", None, ALL, "update", "does not follow the learning_rate"),
    "hidden_momentum": ("stateful", None, W, "update", "state kept between calls"),
    "missing_transpose": ("gradient-mismatch", None, HIDDEN, "backward", "delta @ W instead of delta @ W.T"),
    "clipped_loss_gradient": ("gradient-mismatch", None, ALL, "backward", "the clipped loss"),
    "clip_probs_in_delta": ("gradient-mismatch", None, ALL, "backward", "clipped to [1e-12, 1 - 1e-12]"),
    "bias_grad_total_sum": ("bias-total-sum", None, B, "backward", "one number for the whole layer"),
    "inplace_activation_alias": ("gradient-mismatch", None, ["w2", "w3"], "backward", "in place"),
}
# over ~3 s each here (2 cores, shared): run by `make test`, left out of `pytest -m "not slow"`
SLOW = {"l1_penalty", "missing_relu_derivative", "update_inside_backprop_loop", "update_local_rebind",
        "hidden_momentum", "clip_probs_in_delta", "relu_derivative_at_zero", "float32_delta", "softmax_wrong_axis",
        "clipped_loss_gradient", "weight_decay", "softmax_no_max_shift", "bias_grad_total_sum",
        "inplace_activation_alias", "no_batch_mean", "bias_not_updated", "doubled_delta", "one_layer_slip",
        "relu_on_output"}
SLOW_CORRECT = {"notebook_like.ipynb", "correct_notebook_style.py", "correct_onehot_rebind.py",
                "correct_inplace_relu.py", "correct_gradient_returning.py"}


def _tiered(names, slow):
    return [pytest.param(n, marks=pytest.mark.slow) if n in slow else n for n in names]


CORRECT = sorted(p.name for p in MUTANTS.glob("correct_*.py")) + ["notebook_like.ipynb"]


@pytest.fixture(scope="module")
def inputs():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XVAL_OFFLINE", "1")
        return load_inputs(None, None, None, steps=3)


def check(path, inputs, **kw):
    params, x, y, real = inputs
    return check_submission(path, params, x, y, real, CheckOptions(steps=kw.pop("steps", 3), **kw))


def test_the_corpus_is_complete(mutants):
    assert set(BUGS) == set(EXPECTED), "every bug needs a row in EXPECTED, and every row a bug"
    assert len(EXPECTED) >= 15 and len(CORRECT) >= 4
    sources = {p.stem: p.read_text() for p in mutants.glob("*.py")}
    assert set(sources) == set(BUGS)
    base = (MUTANTS / "correct_notebook_style.py").read_text()
    for name, source in sources.items():  # each says which bug it carries, and carries a change
        assert source.startswith('"""Mutant: ') and source.split("\n", 1)[1] != base.split("\n", 1)[1]


@pytest.mark.parametrize("name", _tiered(sorted(EXPECTED), SLOW))
def test_mutant_is_caught_localized_and_named(name, inputs, mutants):
    code, factor, affected, stage, phrase = EXPECTED[name]
    report = check(mutants / f"{name}.py", inputs)
    assert report.exit_code == 1, report.text()
    fm = report.first_mismatch
    assert fm is not None and fm.param in affected and fm.stage == stage, report.text()
    assert fm.index and fm.expected != fm.got, report.text()
    named = [d for d in report.diagnosis if d.code == code]
    assert code == "precision-loss" or "precision-loss" not in [d.code for d in report.diagnosis], report.text()
    assert named, f"expected {code}, got {[d.code for d in report.diagnosis]}\n{report.text()}"
    if factor is not None:
        assert any(d.factor == pytest.approx(factor, rel=1e-6) for d in named), report.text()
    assert set(named[0].params) & set(affected), report.text()
    assert any(phrase in d.explanation for d in named), report.text()
    payload = report.to_json()
    json.dumps(payload, allow_nan=False)
    assert payload["first_mismatch"]["param"] == fm.param


@pytest.mark.parametrize("name", _tiered(CORRECT, SLOW_CORRECT))
def test_correct_variants_pass_with_no_false_alarm(name, inputs):
    report = check(MUTANTS / name, inputs)
    assert report.exit_code == 0 and report.ok, report.text(verbose=True)
    assert report.first_mismatch is None and report.diagnosis == []
    assert not [c for c in report.checks if not c.ok and c.severity == "fail"]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["correct_notebook_style.py", "notebook_like.ipynb"])
def test_the_full_30_step_trace_passes(name):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XVAL_OFFLINE", "1")
        inputs = load_inputs(None, None, None, steps=30)
    report = check(MUTANTS / name, inputs, steps=30)
    assert report.ok, report.text(verbose=True)
    trace = next(c for c in report.checks if c.name == "trace")
    assert len(trace.data["local_max"]) == 30 and max(trace.data["local_max"]) < 1e-10


@pytest.mark.slow
def test_a_mutant_notebook_is_caught_like_a_py(tmp_path, inputs):
    nb = json.loads((MUTANTS / "notebook_like.ipynb").read_text())
    cell = next(c for c in nb["cells"] if "def backward" in "".join(c["source"]))
    source = "".join(cell["source"])
    assert "    err /= m\n" in source
    cell["source"] = source.replace("    err /= m\n", "").splitlines(keepends=True)
    path = tmp_path / "homework.ipynb"
    path.write_text(json.dumps(nb))
    report = check(path, inputs)
    assert report.exit_code == 1
    assert [d.factor for d in report.diagnosis if d.code == "scaled-gradient"] == [pytest.approx(200.0)]


def test_a_tensor_that_is_zero_up_to_rounding_is_not_a_scaled_gradient():
    """A softmax delta summed over the whole layer cancels to ~1e-17, and the step it implies leaves an ulp here and
    there (a file that shuffles its batch unseeded gave scaled-gradient x -1.5e-19 once in 40 runs). That is the
    bias-total-sum bug, not a gradient scaled by 1e-19."""
    import numpy as np

    from xval.reports.check.diagnose import GradientEvent, diagnose_gradient
    from xval.reports.check.judge import judge

    gen, lr = np.random.default_rng(3), 0.005
    expected = [(gen.standard_normal((6, 5)), gen.standard_normal((1, 5))),
                (gen.standard_normal((5, 4)), gen.standard_normal((1, 4)))]
    expected[-1] = (expected[-1][0], expected[-1][1] - expected[-1][1].mean())  # a softmax delta's: sums to ~0
    before = [(gen.standard_normal(W.shape), gen.standard_normal(b.shape) * 0.1) for W, b in expected]
    before[-1][1][0, 0] = 0.01  # a small bias: the cancelled sum's ~1e-16 x lr moves it by an ulp, the others not
    step = [(W, np.full_like(b, b.sum())) for W, b in expected]  # the bug: one number for the whole layer
    after = [(Wb - lr * gW, bb - lr * gb) for (Wb, bb), (gW, gb) in zip(before, step)]
    user = [((Wb - Wa) / lr, (bb - ba) / lr) for (Wb, bb), (Wa, ba) in zip(before, after)]  # what the step implies
    verdicts = {f"{k}{i + 1}": judge(f"{k}{i + 1}", u, e, np.float64, bf, af, lr)
                for i, (pu, pe, pb, pa) in enumerate(zip(user, expected, before, after))
                for k, u, e, bf, af in zip("wb", pu, pe, pb, pa)}
    ev = GradientEvent("square", 0, np.dtype(np.float64), lr, 50, user, expected, before, after, verdicts)
    assert set(ev.bad) == {"b1", "b2"}, ev.bad
    codes = [d.code for d in diagnose_gradient(ev)]
    assert "scaled-gradient" not in codes and codes[0] == "bias-total-sum", codes


def test_a_whole_layer_sum_of_a_delta_not_divided_by_the_batch_is_bias_total_sum():
    """np.sum(delta) with no axis, of a delta never divided by the batch size B: every element of the bias gradient
    is B x the sum of the oracle's. Named as such (with the factor), not 'no known signature'."""
    import numpy as np

    from xval.reports.check.diagnose import GradientEvent, diagnose_gradient
    from xval.reports.check.judge import judge

    gen, batch = np.random.default_rng(5), 40
    expected = [(gen.standard_normal((6, 5)), gen.standard_normal((1, 5))),
                (gen.standard_normal((5, 4)), gen.standard_normal((1, 4)))]
    user = [(W, np.full_like(b, batch * b.sum())) for W, b in expected]
    verdicts = {f"{k}{i + 1}": judge(f"{k}{i + 1}", u, e, np.float64)
                for i, (pu, pe) in enumerate(zip(user, expected)) for k, u, e in zip("wb", pu, pe)}
    ev = GradientEvent("batch0", 0, np.dtype(np.float64), 0.01, batch, user, expected, expected, None, verdicts)
    assert set(ev.bad) == {"b1", "b2"}, ev.bad
    found = diagnose_gradient(ev)
    assert [(d.code, sorted(d.params)) for d in found] == [("bias-total-sum", ["b1", "b2"])], found
    assert f"{batch} x the sum" in found[0].explanation and "not divided by the batch size" in found[0].explanation


def test_errors_far_below_the_float32_oracles_are_a_small_constant_not_float32():
    """A guard constant (a softmax's ``e / (e.sum() + 1e-9)``) moves a float64 gradient by ~1e-8 relative; where
    the float32 oracle itself is off by ~1e-5 (a saturated model), that is 300 times closer than float32 rounding:
    small-constant, not precision-loss (which a corpus file's softmax guard was named first). A gradient that is
    the float32 oracle's own values (a file computing in float32) stays precision-loss."""
    import numpy as np

    from xval.reports.check.diagnose import GradientEvent, diagnose_gradient
    from xval.reports.check.judge import judge

    gen = np.random.default_rng(11)
    expected = [(gen.standard_normal((6, 5)), gen.standard_normal((1, 5))),
                (gen.standard_normal((5, 4)), gen.standard_normal((1, 4)))]
    f32 = [tuple((t * (1 + 1e-5 * gen.standard_normal(t.shape))).astype(np.float32) for t in pair)
           for pair in expected]  # a saturated float32 model's rounding: ~1e-5 relative

    def codes(user):
        verdicts = {f"{k}{i + 1}": judge(f"{k}{i + 1}", u, e, np.float64)
                    for i, (pu, pe) in enumerate(zip(user, expected)) for k, u, e in zip("wb", pu, pe)}
        ev = GradientEvent("batch0", 0, np.dtype(np.float64), 0.01, 8, user, expected, expected, None, verdicts,
                           float32=lambda: f32)
        assert set(ev.bad) == {"w1", "b1", "w2", "b2"}, ev.bad
        return {d.code for d in diagnose_gradient(ev)}

    guarded = [tuple(t * (1 - 2e-8 * (1 + 0.1 * gen.random(t.shape))) for t in pair) for pair in expected]
    assert codes(guarded) == {"small-constant"}
    assert codes([tuple(t.astype(np.float64) for t in pair) for pair in f32]) == {"precision-loss"}
