"""The script style runs more of a file than any other style: its set-up statements and its loop body.

Each test is a script of the project's own writing (tests/styles/script_ok.py, edited) that a reading or a
defence of :mod:`xval.reports.check.styles.script` must handle: what runs before the loop, what the loop may
change (the rate, xval's batch), and what it may not.
"""

from __future__ import annotations

import ast
import time
from pathlib import Path

import pytest
from xval.reports.check import CheckOptions, check_submission
from xval.reports.check.inputs import load_inputs
from xval.reports.check.loading import load_submission
from xval.reports.check.styles import SourceMap, script

BASE = (Path(__file__).parent / "styles" / "script_ok.py").read_text()
LOOP = "for epoch in range(20):\n"
UPDATES = "    W1 -= lr * dW1\n    b1 -= lr * db1\n    W2 -= lr * dW2\n    b2 -= lr * db2\n"
assert BASE.count(LOOP) == 1 and BASE.count(UPDATES) == 1


@pytest.fixture(scope="module")
def inputs():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XVAL_OFFLINE", "1")
        return load_inputs(None, None, None, steps=0)


def check(tmp_path, text, inputs, timeout=60.0, name="s.py"):
    path = tmp_path / name
    path.write_text(text)
    opts = CheckOptions(steps=0, cases=("batch0", "single"), timeout=timeout, oracles=("torch",), fit_depth=True)
    return check_submission(path, *inputs, options=opts)


def test_the_base_script_passes(tmp_path, inputs):
    r = check(tmp_path, BASE, inputs)
    assert r.status == "ok", r.text()


def test_a_rate_changed_between_updates_is_not_taken_for_the_rate_of_them_all(tmp_path, inputs):
    """W1's step is 3 x its gradient, then the rate is tripled for the other layers: read after the step, the
    rate (3 lr) would make every layer look right; each update's own rate is recorded, and they differ."""
    text = BASE.replace(UPDATES, "    W1 -= lr * 3 * dW1\n    b1 -= lr * 3 * db1\n    lr = lr * 3\n"
                                 "    W2 -= lr * dW2\n    b2 -= lr * db2\n")
    r = check(tmp_path, text, inputs)
    assert r.status == "unusable" and r.exit_code == 2, r.text()
    assert "did not all use one learning rate" in r.error, r.error


def test_a_rate_set_in_the_loop_before_the_updates_is_the_rate(tmp_path, inputs):
    text = BASE.replace(UPDATES, "    lr = 0.37\n" + UPDATES)
    r = check(tmp_path, text, inputs)
    assert r.status == "ok", r.text()


def test_only_assignments_run_before_the_loop(tmp_path, inputs):
    """A loop or a call statement before the training loop (here one that never ends) is not run: the set-up runs
    assignments and seeding only."""
    text = BASE.replace(LOOP, "while True:\n    pass\nprint(undefined_name)\n" + LOOP)
    t0 = time.monotonic()
    r = check(tmp_path, text, inputs, timeout=20.0)
    assert r.status == "ok", r.text()
    assert time.monotonic() - t0 < 20.0


@pytest.mark.slow
def test_a_set_up_assignment_that_hangs_is_a_timeout(tmp_path, inputs):
    text = BASE.replace(LOOP, "_ = __import__('time').sleep(10 ** 6)\n" + LOOP)
    t0 = time.monotonic()
    r = check(tmp_path, text, inputs, timeout=3.0)
    assert r.status == "timeout" and r.exit_code == 1, r.text()
    assert time.monotonic() - t0 < 3.0 + 5.0


def test_the_loop_cannot_replace_xvals_batch(tmp_path, inputs):
    """A body that reloads or reshuffles its data (X = ..., y = ... inside the loop) keeps xval's batch: such
    statements are not run, so the gradient judged is the one of the batch the oracles see."""
    text = BASE.replace(LOOP, LOOP + "    X = X[::-1]\n    y = y[::-1]\n")
    r = check(tmp_path, text, inputs)
    assert r.status == "ok", r.text()


def test_the_plan_names_what_it_binds(tmp_path):
    path = tmp_path / "s.py"
    path.write_text(BASE)
    loaded = load_submission(path)
    p = script.plan(script._flatten(SourceMap.of(loaded), loaded), loaded)
    assert (p.weights, p.biases, p.x, p.y, p.output) == (["W1", "W2"], ["b1", "b2"], "X", "y", "probs")
    assert (p.zs, p.acts, p.per_sample, p.wcol, p.onehot) == (["z1", "z2"], ["a1", None], "", False, False)


def test_widths_other_than_a_files_own_are_a_stress_case(tmp_path, inputs):
    """A network of its own fixed sizes (2-3-1 here) that writes a width down (reshape(3)) is checked at those
    sizes; the square case, at other widths, only warns."""
    text = (Path(__file__).parent / "styles" / "script_per_sample_ok.py").read_text()
    edit = ("        dh = (U @ do) * h * (1 - h)\n", "        dh = (U @ do).reshape(3) * h * (1 - h)\n")
    assert text.count(edit[0]) == 1
    path = tmp_path / "own.py"
    path.write_text(text.replace(*edit))
    opts = CheckOptions(steps=0, cases=("batch0", "square"), oracles=("torch",), fit_depth=True)
    r = check_submission(path, *inputs, options=opts)
    assert r.status == "ok", r.text()
    assert "at widths other than the file's own (a stress case for this model)" in r.text(), r.text()


def test_one_output_unit_is_not_judged_as_a_softmax_by_default():
    """A softmax over one unit is 1 whatever its input (no loss, and the oracles cannot take one): with the output
    function not read, one output unit is a sigmoid."""
    from xval.reports.check.family import choose_model

    r = choose_model("f.py", [None], None, (None, ""), n_outputs=1)
    assert (r.spec.output, r.spec.loss) == ("sigmoid", "bce") and "one output unit" in r.output_from
    assert choose_model("f.py", [None], None, (None, ""), n_outputs=10).spec.output == "softmax"


def test_a_sample_drawn_at_random_is_exit_2_not_a_wrong_gradient(tmp_path, inputs):
    """Stochastic descent on a sample drawn at random (k = randint(...); x = X[k]): xval cannot choose the sample, so
    it says so; run on its own random sample, a correct step would be judged wrong against the batch's gradient."""
    text = (BASE.replace("    z1 = X @ W1 + b1\n", "    k = np.random.randint(0, m)\n    xs, ys = X[k:k + 1], y[k:k + 1]\n"
                                                  "    z1 = xs @ W1 + b1\n"))
    r = check(tmp_path, text, inputs)
    assert r.status == "unusable" and "takes a sample drawn at random (`X[k:k + 1]`)" in r.error, r.text()


def test_an_input_with_a_column_of_ones_is_exit_2_not_a_shape_error(tmp_path, inputs):
    text = BASE.replace("m = X.shape[0]\n", "X = np.hstack([np.ones((len(X), 1)), X])\nm = X.shape[0]\n")
    r = check(tmp_path, text, inputs)
    assert r.status == "unusable" and "its input `X` gets a column of ones (line 14" in r.error, r.error


def test_a_name_a_missing_star_import_may_define_is_not_the_files_error(tmp_path, inputs):
    """relu from `from my_activations import *` (a sibling module not there): unusable with the module named, not a
    `raised` verdict against the file."""
    text = BASE.replace("import numpy as np\n", "import numpy as np\nfrom my_activations import *\n").replace(
        "    a1 = np.maximum(z1, 0)\n", "    a1 = relu(z1)\n")
    r = check(tmp_path, text, inputs)
    assert r.status == "unusable", r.text()
    assert "`relu` may come from a module that is not installed (module my_activations" in r.error, r.error


def test_a_name_from_a_module_not_installed_here_is_not_the_files_error(tmp_path, inputs):
    """relu from `from xval_absent_helpers import relu` (a module this machine does not have): the step's NameError
    is the grader's missing module, unusable with the module named, not a `raised` verdict against the file."""
    text = BASE.replace("import numpy as np\n", "import numpy as np\nfrom xval_absent_helpers import relu\n").replace(
        "    a1 = np.maximum(z1, 0)\n", "    a1 = relu(z1)\n")
    r = check(tmp_path, text, inputs)
    assert r.status == "unusable", r.text()
    assert "`relu` comes from a module that is not installed here (module xval_absent_helpers" in r.error, r.error


def test_an_adaptive_update_is_exit_2_not_a_wrong_gradient(tmp_path, inputs):
    """An RMSProp step (dW / (sqrt(v) + eps)) is not the rate times the gradient, and it keeps no first moment to
    read the gradient from (an Adam step's is: script_inline_adam_ok): judged as one, a correct backprop would be
    called wrong; it exits 2 saying so."""
    text = BASE.replace(UPDATES, "    v1 = 0.9 * v1 + 0.1 * dW1 ** 2\n    W1 -= lr * dW1 / (np.sqrt(v1) + 1e-8)\n"
                                 "    b1 -= lr * db1\n    W2 -= lr * dW2\n    b2 -= lr * db2\n")
    text = text.replace("lr = 0.1\n", "lr = 0.1\nv1 = np.zeros_like(W1)\n")
    r = check(tmp_path, text, inputs)
    assert r.status == "unusable" and "its update of `W1` divides by a running root mean square" in r.error, r.text()


ADAM_METHOD = """import numpy as np


class Net:
    def __init__(self, n_in, n_h, n_out, lr=0.01):
        rng = np.random.default_rng(1)
        self.W1, self.b1 = rng.normal(0, 0.4, (n_in, n_h)), np.zeros(n_h)
        self.W2, self.b2 = rng.normal(0, 0.4, (n_h, n_out)), np.zeros(n_out)
        self.lr, self.t = lr, 0
        self.m = {k: np.zeros_like(getattr(self, k)) for k in ("W1", "b1", "W2", "b2")}
        self.v = {k: np.zeros_like(getattr(self, k)) for k in ("W1", "b1", "W2", "b2")}

    def train(self, X, Y, epochs=10):
        for _ in range(epochs):
            self.t += 1
            H = np.maximum(X @ self.W1 + self.b1, 0)
            S = H @ self.W2 + self.b2
            P = np.exp(S - S.max(1, keepdims=True))
            P /= P.sum(1, keepdims=True)
            dS = (P - Y) / len(X)
            grads = {"W2": H.T @ dS, "b2": dS.sum(0)}
            dH = dS @ self.W2.T * (H > 0)
            grads["W1"], grads["b1"] = X.T @ dH, dH.sum(0)
            self.m["W1"] = 0.9 * self.m["W1"] + 0.1 * grads["W1"]
            self.v["W1"] = 0.999 * self.v["W1"] + 0.001 * grads["W1"] ** 2
            self.W1 -= self.lr * self.m["W1"] / (np.sqrt(self.v["W1"]) + 1e-8)
            self.m["b1"] = 0.9 * self.m["b1"] + 0.1 * grads["b1"]
            self.v["b1"] = 0.999 * self.v["b1"] + 0.001 * grads["b1"] ** 2
            self.b1 -= self.lr * self.m["b1"] / (np.sqrt(self.v["b1"]) + 1e-8)
            self.m["W2"] = 0.9 * self.m["W2"] + 0.1 * grads["W2"]
            self.v["W2"] = 0.999 * self.v["W2"] + 0.001 * grads["W2"] ** 2
            self.W2 -= self.lr * self.m["W2"] / (np.sqrt(self.v["W2"]) + 1e-8)
            self.m["b2"] = 0.9 * self.m["b2"] + 0.1 * grads["b2"]
            self.v["b2"] = 0.999 * self.v["b2"] + 0.001 * grads["b2"] ** 2
            self.b2 -= self.lr * self.m["b2"] / (np.sqrt(self.v["b2"]) + 1e-8)
            print(self.t)


net = Net(4, 6, 3)
net.train(np.random.rand(10, 4), np.eye(3)[np.random.randint(0, 3, 10)])
"""


def test_an_adam_step_in_a_training_method_is_read_as_sgd_on_the_gradient_its_moment_takes(tmp_path, inputs):
    """Adam written inline in a class's training method, its moments in dicts with constant coefficients (0.9,
    0.1): each update checked as plain SGD on the gradient the first moment takes (the step counter kept); a correct
    backprop passes and a ReLU left ungated is named (before, it exited 2: not the rate times the gradient)."""
    r = check(tmp_path, ADAM_METHOD, inputs)
    assert r.status == "ok", r.text()
    assert "its Adam step read as plain SGD on the gradient each first moment takes: `W1 -= lr * grads['W1']`" \
        in r.interface, r.interface
    r = check(tmp_path, ADAM_METHOD.replace("dH = dS @ self.W2.T * (H > 0)", "dH = dS @ self.W2.T"), inputs,
              name="bug.py")
    assert r.status == "mismatch" and r.diagnosis[0].code == "relu-gate", r.text()


def test_dropout_in_the_loop_is_exit_2_not_a_false_alarm(tmp_path, inputs):
    """Inverted dropout written correctly (a mask drawn each step, the hidden values and their delta multiplied by
    it): the oracles have no dropout, so judged against them a correct step was called wrong (a forward mismatch
    and `stateful`); it exits 2 naming the mask and the layer."""
    text = BASE.replace("    a1 = np.maximum(z1, 0)\n", "    a1 = np.maximum(z1, 0)\n"
                        "    keep = np.random.rand(*a1.shape) < 0.8\n    a1 = a1 * keep / 0.8\n").replace(
        "    d1 = (d2 @ W2.T) * (z1 > 0)\n", "    d1 = (d2 @ W2.T) * (z1 > 0) * keep / 0.8\n")
    r = check(tmp_path, text, inputs)
    assert r.status == "unusable", r.text()
    assert "its loop applies dropout: `keep` is drawn at random each step (line 20) and multiplies `a1`" in r.error, \
        r.error


def test_a_scale_seen_on_one_sample_alone_is_not_named_where_the_batches_show_no_scale(tmp_path, inputs):
    """Each sample's output delta multiplied by its own probability of its label: on a batch of one sample that is
    one factor (a scale fits), on the batches a different factor per sample (no scale fits). The one-sample scale
    is chance, not the finding: the result names the mismatch the batches show."""
    text = BASE.replace("    d2 /= m\n", "    d2 /= m\n    d2 *= probs[np.arange(m), y][:, None]\n")
    r = check(tmp_path, text, inputs)
    assert r.status == "mismatch", r.text()
    assert r.diagnosis[0].code == "gradient-mismatch", r.text()
    assert not any(d.code == "scaled-gradient" for d in r.diagnosis), r.text()


def test_a_penalty_strength_named_like_a_rate_is_not_taken_for_the_rate(tmp_path, inputs):
    """`alpha` (a word files use for the learning rate) as the L2 strength beside `lr`: only in the loss and in
    `dW1 += alpha * W1`, never multiplying an update. Read as a second rate, a correct step failed the update
    rule; the rate is the name the updates multiply by, and alpha is the L2 read from the loss."""
    text = BASE.replace("lr = 0.1\n", "lr = 0.1\nalpha = 1e-3\n").replace(
        "    loss = -np.mean(np.log(probs[np.arange(m), y]))\n",
        "    loss = -np.mean(np.log(probs[np.arange(m), y])) + 0.5 * alpha * (np.sum(W1 * W1) + np.sum(W2 * W2))\n"
    ).replace(UPDATES, "    dW1 += alpha * W1\n    dW2 += alpha * W2\n" + UPDATES)
    r = check(tmp_path, text, inputs)
    assert r.status == "ok", r.text()
    assert "rate `lr`," in r.interface and "L2 0.001" in r.checked_as, r.text()


def test_a_pandas_table_is_exit_2_not_a_raised_verdict(tmp_path, inputs):
    """A loop over `X.values` expects a DataFrame; given arrays it would raise AttributeError against the file."""
    text = BASE.replace("    z1 = X @ W1 + b1\n", "    z1 = X.values @ W1 + b1\n")
    r = check(tmp_path, text, inputs)
    assert r.status == "unusable" and "its data is a pandas table (`X.values`" in r.error, r.text()


def test_a_parameter_no_call_gives_is_unusable_not_the_files_error(tmp_path, inputs):
    """A training function whose rate is a parameter with no default and no call of the file: xval has nothing to
    pass it, so the NameError is xval's limit."""
    text = (Path(__file__).parent / "styles" / "epoch_function_ok.py").read_text()
    text = text.replace("def sgd_epoch(X, y, W1, b1, W2, b2, lr=0.1, batch=50):",
                        "def sgd_epoch(X, y, W1, b1, W2, b2, step, batch=50):").replace("lr * ", "step * ")
    r = check(tmp_path, text, inputs)
    assert r.status == "unusable", r.text()
    assert "`step` is set only by a set-up statement that failed (a parameter of sgd_epoch" in r.error, r.error


def test_a_training_function_in_a_notebook_is_cited_by_its_own_cell(tmp_path, inputs):
    """The function's body runs under the name of the cell that defines it: a line it raises at is cited as that
    cell's (cell 2, line 5), not as a line of the first cell or of the cell that calls it."""
    import json

    function = ("def sgd_epoch(X, y, W1, W2, lr=0.1, batch=50):\n"
                "    for start in range(0, len(X), batch):\n"
                "        xb = X[start:start + batch]\n"
                "        h = np.maximum(xb @ W1, 0)\n"
                "        p = h @ W2 + undefined_in_this_cell\n"
                "        g = (p - y[start:start + batch]) / len(xb)\n"
                "        W2 -= lr * h.T @ g\n"
                "        W1 -= lr * xb.T @ ((g @ W2.T) * (h > 0))\n")
    cells = ["import numpy as np\n", function, "sgd_epoch(X, Y, W1, W2)\n"]
    nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
          "cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None, "source": c}
                    for c in cells]}
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps(nb))
    r = check_submission(path, *inputs, options=CheckOptions(steps=0, cases=("batch0",), oracles=("torch",),
                                                              fit_depth=True))
    assert "nb.ipynb, cell 2:5: p = h @ W2 + undefined_in_this_cell" in r.text(verbose=True), r.text()


def test_a_test_that_ends_the_loop_early_does_not_skip_the_step(tmp_path, inputs):
    """``if <converged>: break`` before the updates is left out of the step, which is checked whole, whatever its
    loss: a test that holds on a probe batch of xval's (no update ran: exit 2 before), a per-sample test whose
    truth value is ambiguous on a batch, one that holds on every batch, with a print and an else."""
    for test in ("    if np.square(d2).max() < 0.01:\n        break\n",
                 "    if np.abs(d2) < 1.0:\n        break\n",  # an array's truth value: ambiguous on a batch
                 "    if loss < 1e9:\n        print('converged')\n        break\n    else:\n        pass\n"):
        text = BASE.replace(UPDATES, test + UPDATES)
        assert text != BASE
        r = check(tmp_path, text, inputs)
        assert r.status == "ok", (test, r.text())
    node = script._unrolled(ast.parse("for i in range(3):\n    if e < 1:\n        break\n    else:\n        w -= 1\n"
                                      ).body[0])
    assert ast.unparse(node) == "for i in range(3):\n    w -= 1"
