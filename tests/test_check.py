"""xval check: safe loading, the adapter, the CLI contract (JSON shape, exit codes), guards and oracle availability."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from xval.impl.errors import InputError
from xval.reports.check import CheckOptions, check_submission
from xval.reports.check.adapter import UserModel, resolve
from xval.reports.check.guard import Guard, SubmissionError
from xval.reports.check.inputs import load_inputs
from xval.reports.check.loading import load_submission

MUTANTS = Path(__file__).parent / "mutants"
CORRECT = MUTANTS / "correct_notebook_style.py"
BODY = CORRECT.read_text()


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


def notebook(tmp_path: Path, cells: list[str], name: str = "nb.ipynb") -> Path:
    nb = {"nbformat": 4, "nbformat_minor": 5, "metadata": {},
          "cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
                     "source": textwrap.dedent(c).splitlines(keepends=True)} for c in cells]}
    path = tmp_path / name
    path.write_text(json.dumps(nb))
    return path


@pytest.fixture(scope="module")
def inputs():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XVAL_OFFLINE", "1")
        return load_inputs(None, None, None, steps=2)


def check(path, inputs, **kw):
    params, x, y, real = inputs
    return check_submission(path, params, x, y, real, CheckOptions(steps=kw.pop("steps", 2), **kw))


# -- loading: only imports and definitions run

def test_notebook_loading_runs_definitions_never_data_or_training(tmp_path):
    marker = tmp_path / "ran"
    path = notebook(tmp_path, [
        "%matplotlib inline\nimport numpy as np\nimport cv2\n!pip install nothing\nnp.dot?\n",
        "EPS = 1e-12  # small enough?\nrelu = lambda z: np.maximum(z, 0)\n",
        "def forward(x, weights, biases):\n    return [], [x]\n",
        f"open({str(marker)!r}, 'w').write('data loaded')\ntrain_x = np.load('./fashion/train_x.npy')\n",
        "losses = train_model(train_x)\nwhile True:\n    pass\n",
        "def broken(:\n",
        "def backward(x, y_true, zs, activations, weights, biases, learning_rate):\n    pass\n",
    ])
    loaded = load_submission(path)
    assert not marker.exists()
    assert callable(loaded.function("forward")) and callable(loaded.function("backward"))
    assert loaded.namespace["EPS"] == 1e-12 and loaded.function("relu") is not None
    assert loaded.missing_modules == ["cv2"]
    assert any("cv2" in w for w in loaded.warnings) and any("does not parse" in w for w in loaded.warnings)
    assert len(loaded.skipped) == 4 and "train_model" in " ".join(loaded.skipped)


def test_a_notebook_line_continuing_a_statement_is_code_not_a_magic(tmp_path):
    """``% kind)`` on the line after ``'%s-labels.gz'`` (a string formatted across lines) is the rest of that
    statement, not an IPython magic: kept, so the cell parses and its function is defined; a ``%`` line after a
    finished statement is still a magic, blanked."""
    path = notebook(tmp_path, [
        "import numpy as np\n",
        "def label_file(kind):\n    return ('%s-labels.gz'\n            % kind)\n%timeit label_file('t')\n",
    ])
    loaded = load_submission(path)
    assert not any("does not parse" in w for w in loaded.warnings), loaded.warnings
    assert loaded.function("label_file")("train") == "train-labels.gz"


def test_a_part_of_an_installed_package_that_is_gone_is_named_as_such(tmp_path):
    """``from numpy.lib.arraysetops import unique`` (a module NumPy 2 removed): numpy is installed, so the warning
    names the part that is missing and the installed version, not "module numpy is not installed"."""
    loaded = load_submission(write(tmp_path, "old.py", "import numpy as np\n"
                                   "from numpy.lib.not_a_part_xval import unique\nEPS = 1e-9\n"))
    (warning,) = [w for w in loaded.warnings if "not_a_part_xval" in w]
    assert f"numpy.lib.not_a_part_xval is not in the installed numpy {np.__version__}" in warning, warning
    assert "numpy is not installed" not in warning and loaded.namespace["EPS"] == 1e-9


def test_py_loading_skips_top_level_calls_and_the_main_guard(tmp_path):
    path = write(tmp_path, "sub.py", BODY + textwrap.dedent("""
        print("training at import time")
        data = np.load("fashion/train_x.npy")
        if __name__ == "__main__":
            raise SystemExit("never")
        """))
    loaded = load_submission(path)
    assert loaded.printed == "" and len(loaded.skipped) == 2
    assert resolve(loaded).mode == "in-place"


def test_a_py_that_does_not_parse_is_unusable(tmp_path):
    with pytest.raises(InputError, match="line 2: syntax error"):
        load_submission(write(tmp_path, "bad.py", "import numpy\ndef f(:\n"))


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="Python 3.12 parses these f-strings")
def test_a_syntax_error_in_an_f_string_says_a_newer_python_may_read_it(tmp_path):
    """An f-string reusing its quotes inside its braces is Python 3.12's; on an older Python the error says so, in a
    .py file and in a notebook's skipped cell, and not for another syntax error."""
    newer = "f-string that Python 3.12 reads"
    with pytest.raises(InputError, match=newer):
        load_submission(write(tmp_path, "new.py", 'import numpy\nd = {"k": 1}\nprint(f"{d["k"]}")\n'))
    loaded = load_submission(notebook(tmp_path, ["import numpy as np\n", 'name = f"{ {"k": 1}["k"]}"\n',
                                                 "def broken(:\n"]))
    said = [w for w in loaded.warnings if "does not parse" in w]
    assert len(said) == 2 and newer in said[0] and newer not in said[1], said


def test_a_notebook_exported_as_a_py_has_its_ipython_lines_skipped(tmp_path, inputs):
    path = tmp_path / "export.py"
    path.write_text("!pip install numpy\n%matplotlib inline\n" + BODY)
    r = check(path, inputs)
    assert r.ok and "lines 1, 2 (IPython commands" in r.csv_row()["warnings"], r.text()
    with pytest.raises(InputError, match="line 1: syntax error"):  # blanked only when that makes it parse
        load_submission(write(tmp_path, "bad.py", "!pip install numpy\nimport numpy\ndef f(:\n"))


def test_a_class_defined_twice_is_checked_as_last_defined_and_the_result_says_so(tmp_path, inputs):
    """A notebook rewriting its network cell by cell (plain SGD, then another optimizer) holds the last definition:
    that one is checked, and the result names every definition, so a reader knows which was judged."""
    ok = (Path(__file__).parent / "styles" / "class_dict_ok.py").read_text()
    first = ok.replace("        dZ /= n\n", "")  # an earlier, unfinished version (not divided by the batch)
    cells = [first, ok[ok.index("class NeuralNetwork"):]]
    r = check(notebook(tmp_path, cells), inputs)
    assert r.ok, r.text()
    assert "`NeuralNetwork` is defined 2 times (cell 1, line 5; cell 2, line 1): the last is checked" \
        in r.csv_row()["warnings"], r.text()
    r = check(notebook(tmp_path, cells[::-1], "nb2.ipynb"), inputs)
    assert not r.ok and r.diagnosis[0].code == "scaled-gradient", r.text()


def test_a_file_that_uses_np_without_importing_numpy_is_given_it(tmp_path, inputs):
    assert "import numpy as np\n" in BODY
    r = check(write(tmp_path, "cut.py", BODY.replace("import numpy as np\n", "")), inputs)
    assert r.ok and "never imports numpy" in r.csv_row()["warnings"], r.text()


@pytest.mark.parametrize("missing, signature", [("forward", "forward(x, weights, biases)"),
                                                ("backward", "backward(x, y_true, zs")])
def test_a_missing_function_is_exit_2_naming_it(tmp_path, xval, missing, signature):
    text = BODY.replace(f"def {missing}(", f"def my_{missing}(")
    code, out, err = xval("check", write(tmp_path, "sub.py", text), "--steps", "0")
    assert code == 2 and f"no function `{missing}`" in err and signature in err


def test_the_gradient_returning_variant_is_recognised_by_its_signature(tmp_path):
    path = write(tmp_path, "g.py", """
        def forward(x, weights, biases): return [], [x]
        def gradients(x, y_true, zs, activations, weights, biases): return [], []
        """)
    fns = resolve(load_submission(path))
    assert (fns.backward_name, fns.mode) == ("gradients", "gradients")


# -- guards: output, time, exceptions, exits

@pytest.mark.slow
def test_a_submission_that_hangs_is_stopped_and_reported(tmp_path, inputs):
    path = write(tmp_path, "hang.py", BODY.replace("    n = x.shape[0]\n", "    while True:\n        pass\n", 1))
    report = check(path, inputs, timeout=3.0)
    assert report.status == "timeout" and report.exit_code == 1
    assert any(d.code == "raised" for d in report.diagnosis)


def test_exceptions_and_sys_exit_in_the_submission_become_findings(tmp_path):
    path = write(tmp_path, "s.py", """
        import sys
        def forward(x, weights, biases):
            sys.exit(3)
        def backward(x, y_true, zs, activations, weights, biases, learning_rate):
            raise KeyError("boom")
        """)
    model = UserModel(resolve(load_submission(path)), Guard())
    params = [(np.ones((3, 2)), np.zeros((1, 2)))]
    with pytest.raises(SubmissionError, match="SystemExit"):
        model.forward(params, np.ones((4, 3)))


def test_printing_is_captured_and_counted(tmp_path, inputs):
    report = check(MUTANTS / "correct_onehot_rebind.py", inputs)
    assert report.ok
    assert any(c.name == "output" and "printed" in c.detail for c in report.checks)


def test_changing_x_in_place_is_input_mutated(tmp_path, inputs):
    text = BODY.replace("    n = x.shape[0]\n", "    n = x.shape[0]\n    x *= 0.5\n", 1)
    report = check(write(tmp_path, "mut.py", text), inputs)
    assert report.exit_code == 1
    assert [d.params for d in report.diagnosis if d.code == "input-mutated"] == [["x"]]


def test_a_missing_module_used_by_a_function_is_named(tmp_path, inputs):
    # the grader's machine lacks the module, which says nothing of the gradient: exit 2 naming it, not a verdict
    text = "import cv2\n" + BODY.replace("    depth = len(weights)\n    for layer",
                                         "    depth = len(weights)\n    cv2.setNumThreads(1)\n    for layer", 1)
    report = check(write(tmp_path, "cv.py", text), inputs)
    assert report.exit_code == 2 and report.status == "unusable", report.text()
    assert "`cv2` comes from a module that is not installed here (module cv2" in report.error, report.error


def test_a_name_left_undefined_by_a_failed_import_names_the_import(tmp_path, inputs):
    text = BODY.replace("import numpy as np\n", "import numpy as np\nfrom nn_helpers import softmax\n", 1)
    text = text.replace("def softmax(", "def _unused_softmax(", 1)
    report = check(write(tmp_path, "helpers.py", text), inputs)
    assert report.exit_code == 2 and report.status == "unusable", report.text()
    assert "`softmax` comes from a module that is not installed here (module nn_helpers is not installed" \
        in report.error, report.error


def test_a_top_level_statement_that_fails_is_a_warning_in_the_csv_row(tmp_path, inputs):
    text = BODY.replace("import numpy as np\n", "import numpy as np\nSCALE = 10 / (200 - 200)\n", 1)
    report = check(write(tmp_path, "zerodiv.py", text), inputs)
    row = report.csv_row()
    assert report.ok and row["ok"] == 1 and "ZeroDivisionError" in row["warnings"], row


# -- the CLI contract

def test_json_has_exactly_the_documented_shape(xval, mutants):
    code, out, _ = xval("check", mutants / "bias_mean_not_sum.py", "--json", "--steps", "1")
    assert code == 1
    data = json.loads(out)
    assert set(data) == {"ok", "file", "interface", "checked_as", "model", "first_mismatch", "diagnosis", "checks",
                         "timing"}
    assert data["timing"]["seconds"] > 0 and data["timing"]["submission_cpu_seconds"] > 0
    assert data["interface"].startswith("notebook functions forward(x, weights, biases)")
    assert data["ok"] is False and data["file"].endswith("bias_mean_not_sum.py")
    fm = data["first_mismatch"]
    assert set(fm) == {"stage", "step", "param", "index", "expected", "got"}
    assert (fm["stage"], fm["step"], fm["param"]) == ("backward", 0, "b3") and len(fm["index"]) == 2
    assert all(isinstance(fm[k], float) for k in ("expected", "got"))
    (d,) = data["diagnosis"]
    assert set(d) == {"code", "params", "factor", "message"}
    assert d["code"] == "scaled-gradient" and d["params"] == ["b3", "b2", "b1"]
    assert d["factor"] == pytest.approx(0.005) and "Hint:" in d["message"]
    assert all({"name", "stage", "ok"} <= set(c) for c in data["checks"])


def test_text_output_ok_and_exit_0(xval):
    code, out, _ = xval("check", MUTANTS / "notebook_like.ipynb", "--steps", "1")
    assert code == 0 and ": OK (" in out and "cv2 is not installed" in out


@pytest.mark.slow
def test_float32_checks_pass_correct_code_and_catch_gross_bugs(xval, mutants):
    code, out, _ = xval("check", CORRECT, "--dtype", "float32", "--steps", "2")
    assert code == 0, out
    code, out, _ = xval("check", mutants / "no_batch_mean.py", "--dtype", "float32", "--steps", "0", "--json",
                        "--oracles", "torch")
    assert code == 1 and json.loads(out)["diagnosis"][0]["factor"] == pytest.approx(200.0, rel=1e-3)


def test_numpy_may_join_as_a_third_voice(xval):
    code, out, _ = xval("check", CORRECT, "--oracles", "torch,jax,numpy", "--steps", "0", "-v")
    assert code == 0 and "jax, numpy must agree on batch0" in out


def test_without_torch_and_jax_the_check_refuses_clearly(monkeypatch, xval):
    import xval.reports.check.oracle as oracle
    monkeypatch.setattr(oracle, "is_installed", lambda name: name == "numpy")
    code, out, err = xval("check", CORRECT, "--steps", "0")
    assert code == 2 and "neither torch nor jax is installed" in err


def test_one_missing_oracle_is_a_warning(monkeypatch, xval):
    import xval.reports.check.oracle as oracle
    monkeypatch.setattr(oracle, "is_installed", lambda name: name != "jax")
    code, out, _ = xval("check", CORRECT, "--steps", "0")
    assert code == 0 and "jax is not installed" in out


def test_importing_the_checker_and_the_plugin_loads_no_framework():
    code = ("import sys, xval.reports.check, xval.reports.check.batch, xval.reports.pytest_plugin, xval.reports.verbs.check; "
            "print(sorted(m for m in ('torch', 'jax') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_hang_while_loading_is_a_timeout(tmp_path, inputs):
    path = write(tmp_path, "deco.py", "def slow(f):\n    while True:\n        pass\n\n@slow\ndef forward(x, w, b):\n    pass\n")
    report = check(path, inputs, timeout=1.0)
    assert report.status == "timeout" and report.exit_code == 1 and "loading" in report.error


def test_helper_conventions_are_warnings_not_failures(tmp_path, inputs):
    text = (BODY.replace("    return np.where(z > 0, 1.0, 0.0)\n", "    return np.sign(z)  # meant for activations\n")
            .replace("    return np.mean(outs[-1].argmax(axis=1) == y_true)\n",
                     "    return 100.0 * np.mean(outs[-1].argmax(axis=1) == y_true)\n")
            .replace("    return -np.mean(np.log(np.clip(picked, 1e-12, 1 - 1e-12)))\n",
                     "    return -np.mean(np.log(picked + 1e-12))\n")
            .replace("relu_derivative(zs[layer - 1])", "relu_derivative(activations[layer])"))
    report = check(write(tmp_path, "conv.py", text), inputs)
    assert report.ok, report.text()
    warnings = " ".join(c.detail for c in report.checks if c.severity == "warning" and not c.ok)
    assert "written for activations" in warnings and "percent" in warnings and "log(p + 1e-12)" in warnings


def test_future_annotations_carry_across_statements(tmp_path):
    path = write(tmp_path, "fut.py", """
        from __future__ import annotations

        def forward(x: Array, weights: list[Array], biases) -> tuple[list, list]:
            return [], [x]

        def backward(x, y_true, zs, activations, weights, biases, learning_rate) -> None:
            pass

        Array = float
        """)
    loaded = load_submission(path)
    assert not loaded.warnings and resolve(loaded).mode == "in-place"


def test_numpy_replaced_by_the_submission_is_put_back(tmp_path, inputs):
    text = BODY.replace("    pre, outs = [], [x]\n", "    np.exp = np.sqrt  # vandalism after its own use\n"
                        "    pre, outs = [], [x]\n", 1).replace("    e = np.exp(shifted)\n", "    e = _exp(shifted)\n")
    text = text.replace("import numpy as np\n", "import numpy as np\n\n_exp = np.exp\n", 1)
    report = check(write(tmp_path, "vandal.py", text), inputs)
    assert np.exp is np.__dict__["exp"] and np.exp(0.0) == 1.0
    assert report.ok, report.text()
    assert any(c.name == "globals" and "numpy.exp" in c.detail for c in report.checks)


def test_oracles_that_disagree_make_the_input_unusable(monkeypatch, inputs):
    from xval.impl import mlp
    real = mlp.loss_and_grads
    monkeypatch.setattr(mlp, "loss_and_grads", lambda p, x, y: (real(p, x, y)[0],
                                                                [(2 * dW, 2 * db) for dW, db in real(p, x, y)[1]]))
    report = check(CORRECT, inputs, oracles=("torch", "numpy"))
    assert report.status == "unusable" and report.exit_code == 2 and "oracles disagree" in report.error


@pytest.mark.slow
def test_without_real_data_the_check_runs_on_synthetic_images_and_says_so(monkeypatch, mutants):
    import xval.reports.check.inputs as inp

    def no_data(*args):
        raise InputError("no Fashion-MNIST here (simulated)")

    monkeypatch.setattr(inp, "_training_rows", no_data)
    params, x, y, real = load_inputs(None, None, None, steps=2)
    assert not real and x.shape == (400, 784) and (x == 0).mean() > 0.3
    ok = check_submission(CORRECT, params, x, y, real, CheckOptions(steps=2))
    assert ok.ok and any("synthetic" in c.detail for c in ok.checks if c.severity == "warning")
    bad = check_submission(mutants / "no_batch_mean.py", params, x, y, real, CheckOptions(steps=0))
    assert [d.factor for d in bad.diagnosis] == [pytest.approx(200.0)]
    with pytest.raises(InputError):  # an explicit --data that does not work is an error, not a fallback
        load_inputs(None, "/nonexistent", None, steps=2)


def test_an_exception_raised_inside_numpy_cites_the_submissions_line(tmp_path):
    """np.linspace with a negative count raises in numpy's own Python code: the evidence names the file's line."""
    from xval.reports.check.guard import Guard, SubmissionError

    path = write(tmp_path, "neg.py", "import numpy as np\n\ndef forward(x, weights, biases):\n"
                                     "    return np.linspace(0, 1, -1)\n")
    loaded = load_submission(path)
    with pytest.raises(SubmissionError) as err:
        Guard().call("forward", loaded.function("forward"), None, [], [])
    assert f"{path}:4: return np.linspace(0, 1, -1)" in str(err.value)


def test_a_correct_network_of_another_kind_is_judged_as_that_kind(tmp_path):
    """Sigmoid hidden units with their own (right) derivative, in functions still named relu: read from the file's
    forward and judged against sigmoid oracles (ok, and said), where ReLU oracles would raise a false alarm."""
    sigmoid = BODY.replace("def relu(z):\n    return np.maximum(z, 0)",
                           "def relu(z):\n    return 1.0 / (1.0 + np.exp(-z))")
    sigmoid = sigmoid.replace("    return np.where(z > 0, 1.0, 0.0)",
                              "    s = 1.0 / (1.0 + np.exp(-z))\n    return s * (1.0 - s)")
    assert sigmoid.count("np.exp(-z)") == 2
    inputs = load_inputs(None, None, None, steps=0)
    opts = CheckOptions(steps=0, cases=("batch0",), oracles=("torch",))
    r = check_submission(write(tmp_path, "sigmoid.py", sigmoid), *inputs, options=opts)
    assert r.status == "ok", r.text()
    assert r.checked_as.startswith("sigmoid hidden units (detected from your forward), softmax + cross-entropy")
    assert r.to_json()["model"]["hidden"] == "sigmoid" and r.to_json()["model"]["hidden_from"] == "detected from " \
        "your forward"
    # hidden layers of different activations: each judged as its own (sigmoid then tanh), the one derivative
    # helper used for both named; with each layer's own derivative, it passes
    mixed = sigmoid.replace("else relu(z))", "else relu(z) if layer == 0 else np.tanh(z))")
    assert mixed != sigmoid
    r = check_submission(write(tmp_path, "mixed.py", mixed), *inputs, options=opts)
    assert r.status == "mismatch" and r.checked_as.startswith("sigmoid then tanh hidden units (detected"), r.text()
    assert r.to_json()["model"]["hidden"] == "sigmoid/tanh"
    assert [(d.code, d.key) for d in r.diagnosis][:1] == [("activation-derivative", "derivative-of-sigmoid")], r.text()
    own = mixed.replace("relu_derivative(zs[layer - 1])",
                        "(relu_derivative(zs[layer - 1]) if layer == 1 else 1 - np.tanh(zs[layer - 1]) ** 2)")
    assert own != mixed
    assert check_submission(write(tmp_path, "own.py", own), *inputs, options=opts).status == "ok"
    assert check_submission(write(tmp_path, "relu.py", BODY), *inputs, options=opts).status == "ok"


@pytest.mark.parametrize("name, f", [("relu", lambda z: np.maximum(z, 0)), ("sigmoid", lambda z: 1 / (1 + np.exp(-z))),
                                     ("tanh", np.tanh), ("leaky_relu:0.01", lambda z: np.where(z > 0, z, 0.01 * z))])
def test_the_hidden_activation_is_read_from_the_files_own_z_and_a(name, f):
    from xval.reports.check.family import hidden_activation, output_function

    z = np.random.default_rng(0).standard_normal((20, 7))
    assert hidden_activation(z, f(z)) == name
    assert hidden_activation(z, f(z) * 1.01) is None  # a slip is not another model: the comparison judges it
    assert output_function(z, 1 / (1 + np.exp(-z))) == "sigmoid" and output_function(z, z) == "identity"


def test_every_diagnosis_code_is_in_the_help_and_the_readme(capsys):
    from xval.reports.check.runner import CODE_ORDER
    from xval.reports.cli import main

    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    help_text = " ".join(out.split())
    assert not [c for c in CODE_ORDER if c not in help_text], "codes missing from xval check --help"
    assert not [c for c in CODE_ORDER if f"`{c}`" not in readme], "codes missing from the README"


def test_a_failure_of_xval_itself_is_status_error_exit_3_never_the_file_s_mismatch(tmp_path, xval, monkeypatch):
    """A bug in xval's own code (here the check raising) gives the file no verdict: status `error`, exit 3, the
    traceback on stderr. Exit 1 would read as the submission's mismatch; the same from any verb."""
    import xval.reports.check as check_package
    import xval.reports.verbs.data as data_verb

    def broken(*args, **kwargs):
        raise RuntimeError("a bug planted in xval")

    path = write(tmp_path, "sub.py", BODY)
    monkeypatch.setattr(check_package, "check_submission", broken)
    code, out, err = xval("check", path, "--steps", "0")
    assert code == 3 and "sub.py: ERROR" in out and "a bug in xval, not a verdict on the file" in out
    assert "Traceback" in err and "RuntimeError: a bug planted in xval" in err
    code, out, err = xval("check", path, "--steps", "0", "--json")
    doc = json.loads(out)
    assert code == 3 and doc["ok"] is False and doc["checks"][-1]["severity"] == "error"
    monkeypatch.setattr(data_verb, "run_info", broken)
    code, out, err = xval("data", "info")
    assert code == 3 and "xval data: internal error (a bug in xval" in err and "Traceback" in err


def test_a_batch_with_a_file_xval_failed_on_exits_3_whatever_the_others(tmp_path, xval, monkeypatch):
    """Many files, one of them without a verdict because xval failed on it: exit 3, not 1 (the others' mismatches)
    nor 0 (the others' passes)."""
    import xval.reports.verbs.check as check_verb
    from xval.reports.check.__main__ import xval_failed
    from xval.reports.check.formats import result_of
    from xval.reports.check.report import Report

    try:
        raise ValueError("planted")
    except ValueError as exc:
        failed = result_of(xval_failed(str(tmp_path / "b.py"), exc), False)
    passed = result_of(Report(file=str(tmp_path / "a.py"), status="ok"), False)
    files = [write(tmp_path, "a.py", BODY), write(tmp_path, "b.py", BODY)]
    monkeypatch.setattr(check_verb, "_run_batch", lambda *args, **kwargs: [passed, failed])
    code, out, err = xval("check", *files, "--steps", "0")
    assert code == 3
    monkeypatch.setattr(check_verb, "_run_batch", lambda *args, **kwargs: [passed, passed])
    assert xval("check", *files, "--steps", "0")[0] == 0


def test_an_unusable_file_s_reason_is_said_once_in_text_and_whole_beside_json(tmp_path, xval):
    path = write(tmp_path, "sub.py", BODY.replace("def forward(", "def my_forward("))
    code, out, err = xval("check", path, "--steps", "0")
    assert code == 2 and "also tried" in out
    assert "also tried" not in err and err.startswith("xval check: error: ") and len(err.splitlines()) == 1
    code, out, err = xval("check", path, "--steps", "0", "--json")
    assert code == 2 and "also tried" in err  # stdout is JSON: stderr is where a person reads the reason whole


def test_a_name_error_on_a_name_the_file_spells_with_a_lookalike_letter_says_which(tmp_path):
    from xval.reports.check import diagnose as dg

    # the definition spells "grad" with a Cyrillic a (U+0430); the call with a Latin one
    path = write(tmp_path, "sub.py", "import numpy as np\ndef relu_gr\u0430d(z):\n    return (z > 0) * 1.0\n"
                 "def backward(z):\n    return relu_grad(z)\n")
    detail = "backward: raised NameError: name 'relu_grad' is not defined (sub.py:5: return relu_grad(z))"
    near = dg.lookalike(path, detail)
    assert near is not None and "relu_gr\u0430d" in near and "CYRILLIC SMALL LETTER A" in near
    assert near in dg.raised("backward", detail, near_name=near).hint
    assert dg.lookalike(path, detail.replace("relu_grad", "softmax")) is None  # nothing spelled near it


def test_a_shape_error_from_a_one_hot_width_taken_from_the_labels_is_named(tmp_path):
    from xval.reports.check import diagnose as dg

    path = write(tmp_path, "sub.py", "import numpy as np\n# width = Y.max() + 1 (a comment does not count)\n"
                 "def one_hot(Y):\n    out = np.zeros((Y.size, int(Y.max()) + 1))\n    return out\n")
    line = dg.width_from_labels(path)
    assert line == "out = np.zeros((Y.size, int(Y.max()) + 1))"
    d = dg.raised("back_prop", "back_prop: raised ValueError: operands could not be broadcast together with shapes "
                  "(10,1) (6,1)", width_line=line)
    assert "one-hot width comes from the labels" in d.hint and line in d.hint
    plain = write(tmp_path, "plain.py", "import numpy as np\ndef one_hot(Y):\n    return np.eye(10)[Y]\n")
    assert dg.width_from_labels(plain) is None


def test_an_attribute_error_is_not_called_a_shape_error_for_the_shape_on_its_cited_line():
    """`self.mini_batch_size` never set: the line it raises on reads b.shape, and the finding is still no shape
    error (its hint would send the student to their transposes)."""
    from xval.reports.check import diagnose as dg

    d = dg.raised("Network.backprop", "Network.backprop: raised AttributeError: 'Network' object has no attribute "
                  "'mini_batch_size' (net.py:99: nabla = [np.tile(np.zeros(b.shape), (1, self.mini_batch_size))])")
    assert "shape error" not in d.explanation and "transposes" not in d.hint
    shaped = dg.raised("back_prop", "back_prop: raised ValueError: shapes (784,48) and (7,784) not aligned "
                       "(net.py:5: Z1 = W1.dot(X) + b1)")
    assert "(a shape error)" in shaped.explanation


def test_a_failure_of_xvals_own_reading_while_loading_is_exit_2_said_as_such(tmp_path):
    """A reading xval did not foresee raising in the worker (it once did: a KeyError for a forward that takes the
    labels) is unusable input that says it is xval's limit, never a crash of the checker or a verdict."""
    from xval.reports.check import remote
    from xval.reports.check.guard import SubmissionError

    worker = remote.Worker.__new__(remote.Worker)
    worker.timeout, worker.path, worker.display, worker.local_imports = None, tmp_path / "sub.py", "sub.py", []

    def request(*args, **kwargs):
        raise SubmissionError("?", "KeyError in the worker")

    worker.request = request
    with pytest.raises(InputError, match="xval could not read this file's interface .*KeyError in the worker.*"
                                         "not a verdict on the file"):
        worker.load("forward", None)


def test_the_judge_reads_a_submissions_text_only_up_to_the_scan_limit(tmp_path, monkeypatch):
    """The one-hot-width reading runs in the judge: a submission larger than the scan limit is not read at all."""
    from xval.reports.check import diagnose as dg
    from xval.reports.check import policy

    path = write(tmp_path, "big.py", "def one_hot(Y):\n    return np.zeros((Y.size, Y.max() + 1))\n" + "#" * 5000)
    assert dg.width_from_labels(path) is not None
    monkeypatch.setattr(policy, "SCAN_LIMIT", 1000)
    assert dg.width_from_labels(path) is None


def test_a_step_that_cancels_to_rounding_noise_has_no_update_rule_to_read():
    """A bias gradient summed over everything (softmax deltas sum to 0) leaves a step of ~1e-17 whose digits
    depend on the summation order: compared with itself at two rates, or two calls, it says nothing about how
    the step follows the rate (the bias-total diagnosis names that bug); a real rate slip is still named."""
    from xval.reports.check.diagnose import diagnose_update_rule
    from xval.reports.check.judge import negligible

    params = [(np.full((3, 2), 0.5), np.zeros((1, 2)))]
    expected = [(np.full((3, 2), 0.1), np.array([[0.05, -0.05]]))]
    noise = [(np.full((3, 2), 0.1), np.full((1, 2), 1e-17))]
    other = [(np.full((3, 2), 0.1), np.full((1, 2), -3e-18))]
    after = [(W - 0.01 * dW, b - 0.01 * db) for (W, b), (dW, db) in zip(params, noise)]
    assert negligible(noise[0][1], other[0][1], expected[0][1], 1e-10)
    assert diagnose_update_rule(noise, other, expected, 0.01, 0.1, params, after, after, np.float64) is None
    slipped = [(np.full((3, 2), 0.1), np.full((1, 2), 0.01))]  # 1/5 of the oracle's at the second rate
    d = diagnose_update_rule([(np.full((3, 2), 0.1), np.full((1, 2), 0.05))], slipped, expected, 0.01, 0.1, params,
                             after, after, np.float64)
    assert d is not None and d.code == "update-rule" and d.params == ["b1"]


def test_a_missing_module_is_not_blamed_for_a_shape_error(tmp_path, inputs):
    """A file that imports a module this machine lacks, and whose backward has a shape bug: the hint is about
    shapes, and the evidence does not say the module is the cause."""
    text = "import seaborn_not_here\n" + BODY.replace("delta @ weights[layer].T", "delta @ weights[layer]", 1)
    report = check(write(tmp_path, "shape-seaborn_not_here.py", text), inputs)  # the module in the file's name
    raised = [d for d in report.diagnosis if d.code == "raised"]
    assert raised and "shape" in raised[0].hint and "never defined" not in raised[0].hint, report.text()
    assert "not installed" not in raised[0].message


def test_a_module_level_seeded_generator_runs_at_load(tmp_path):
    """`rng = np.random.default_rng(42)` makes the generator a constructor draws its weights from: it runs; a
    generator seeded from something computed does not."""
    path = write(tmp_path, "rng.py", "import numpy as np\nrng = np.random.default_rng(42)\n"
                                     "seed = int(open('seed.txt').read())\nother = np.random.default_rng(seed)\n")
    loaded = load_submission(path)
    assert isinstance(loaded.namespace.get("rng"), np.random.Generator) and "other" not in loaded.namespace


def test_a_module_level_logger_runs_at_load_and_its_configuration_does_not(tmp_path):
    """`logger = logging.getLogger(__name__)`, which a layer's methods log to, runs (they raised NameError);
    `logging.basicConfig(...)` and a logger of a computed name do not."""
    import logging

    path = write(tmp_path, "logs.py", "import logging\nlogging.basicConfig(filename='run.log')\n"
                                      "logger = logging.getLogger(__name__)\nnamed = logging.getLogger('nets')\n"
                                      "other = logging.getLogger(open('name.txt').read())\n")
    loaded = load_submission(path)
    assert isinstance(loaded.namespace.get("logger"), logging.Logger) and "other" not in loaded.namespace
    assert isinstance(loaded.namespace.get("named"), logging.Logger)
    assert any("basicConfig" in s for s in loaded.skipped) and not (tmp_path / "run.log").exists()


def test_a_top_level_choice_of_functions_runs_its_selected_or_fallback_branch(tmp_path):
    """`if ACT == "tanh": f = np.tanh else: f = relu` runs the branch its test selects; a choice whose test reads
    what `input()` would give (never run) runs its `else`, the file's fallback, and says so; with no `else`, or
    with a branch that calls something, nothing runs."""
    path = write(tmp_path, "choice.py", "import numpy as np\n"
                 "def relu(z):\n    return np.maximum(z, 0)\n"
                 "ACT = 'tanh'\nif ACT == 'tanh':\n    f = np.tanh\nelse:\n    f = relu\n"
                 "ans = input('unit? ')\nif ans == '1':\n    g = np.tanh\nelif ans == '2':\n    g = np.sin\n"
                 "else:\n    print('default: relu')\n    g = relu\n"
                 "if ans == '1':\n    h = relu\n"
                 "if ans == '1':\n    k = relu\nelse:\n    k = open('weights.txt').read()\n")
    loaded = load_submission(path)
    ns = loaded.namespace
    assert ns["f"] is np.tanh and ns["g"] is ns["relu"] and "h" not in ns and "k" not in ns
    assert any("reads ans" in w and "ran its else branch (line 15)" in w for w in loaded.warnings)
