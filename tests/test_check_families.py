"""xval check on model families beyond the notebook's: the loss read from the source, the flags that override the
reading, the L2 term missing or doubled, and float32 (the corpus files themselves: test_check_styles.py)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import numpy as np
import pytest

from xval.impl.errors import InputError
from xval.reports.check import CheckOptions, check_submission
from xval.reports.check.family import (branch_free_bce, choose_model, inline_losses, loss_from_source,
                                        losses_in_source, outside_gradient)
from xval.reports.check.inputs import load_inputs
from tests.style_bugs import write_corpus

STYLES = Path(__file__).parent / "styles"


@pytest.fixture(scope="module")
def inputs():
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XVAL_OFFLINE", "1")
        return load_inputs(None, None, None, steps=1)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("families"))


def check(path, inputs, **kw):
    params, x, y, real = inputs
    kw.setdefault("steps", 1)
    kw.setdefault("cases", ("batch0", "zeros"))
    return check_submission(path, params, x, y, real, CheckOptions(**kw))


@pytest.mark.parametrize("code, loss", [
    ("def mse(a, t):\n    return np.mean((a - t) ** 2)\nprint(mse(p, t))\n", "mse"),
    ("class QuadraticCost:\n    pass\nnet = Network(cost=QuadraticCost)\n", "mse"),
    ("def binary_cross_entropy(a, t):\n    return 0\nl = binary_cross_entropy(p, t)\n", "bce"),
    ("def compute_loss(p, t):\n    return -np.sum(t * np.log(p) + (1 - t) * np.log(1 - p))\ncompute_loss(p, t)\n",
     "bce"),
    ("def cost(p, y):\n    return -np.log(p[y]).mean()\nc = cost(p, y)\n", "cross_entropy"),
    ("def loss(a, t):\n    return 0.5 * np.square(a - t).sum()\nself.loss(a, t)\n", "mse"),
    # a categorical cross-entropy clipped below 1: the clip's bound `1 - eps` is not a log of one minus an output
    ("def loss(p, y):\n    return -np.mean(np.sum(y * np.log(np.clip(p, 1e-12, 1 - 1e-12)), axis=1))\nloss(p, y)\n",
     "cross_entropy"),
    ("def cost(p, y, eps=1e-9):\n    return -np.sum(y * np.log(np.clip(p, eps, 1.0 - eps))) / len(y)\ncost(p, y)\n",
     "cross_entropy"),
    ("def compute_cost(a, y):\n    a = np.clip(a, 1e-7, 1 - 1e-7)\n    return -np.mean(y * np.log(a) + (1 - y) * np.log(1 - a))\n"
     "compute_cost(a, y)\n", "bce"),
    ("def cost(self, Y, A):\n    return -np.sum(Y * np.log(A) + (1 - Y) * np.log(1.0000001 - A)) / Y.shape[1]\n"
     "self.cost(Y, A)\n", "bce"),  # a guard against log(0) written into the one
    # a name that says cross-entropy over a body with (1 - y) log(1 - p): the body says which cross-entropy
    ("def cross_entropy_loss(p, y):\n    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))\n"
     "cross_entropy_loss(p, y)\n", "bce"),
    # the same in a cost class's method (the textbook network's CrossEntropyCost.fn)
    ("class CrossEntropyCost:\n    def fn(a, y):\n        return np.sum(-y * np.log(a) - (1 - y) * np.log(1 - a))\n"
     "net = Network(cost=CrossEntropyCost)\n", "bce"),
    # a `cost_function` that returns the difference of its arguments, no number: the quadratic cost's derivative
    ("class Net:\n    def cost_function(self, output_a, y):\n        return output_a - y\n"
     "    def backprop(self, a, y):\n        return self.cost_function(a, y)\n", "mse"),
    # a cost derivative named in Spanish, plural (derivadas_costo): the difference of its arguments
    ("class Red:\n    def derivadas_costo(self, salidas, y):\n        return (salidas - y)\n"
     "    def backprop(self, a, y):\n        return self.derivadas_costo(a, y)\n", "mse"),
])
def test_the_loss_is_read_from_a_function_the_file_defines_and_uses(code, loss):
    assert list(losses_in_source(code)) == [loss]


@pytest.mark.parametrize("code", [
    "def mse(a, t):\n    return np.mean((a - t) ** 2)\n",  # defined, never used: not evidence of the loss trained
    "def loss(a, t):\n    return a - t\nloss(a, t)\n",  # a generic name whose body says nothing plain
    "def mse(:\n",  # does not parse
    "def loss(x, t):\n    return data_loss(x, t) + 0.5 * reg * np.sum(W1 ** 2)\nloss(x, t)\n",  # an L2 term, not MSE
])
def test_a_loss_function_is_not_read_without_evidence(code):
    assert losses_in_source(code) == {}


@pytest.mark.parametrize("code, loss", [
    ("for i in range(9):\n    error = np.mean(np.square(y - output))\n    print(error)\n", "mse"),
    ("J = -np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m\n", "bce"),
    ("self.epoch_loss = -np.mean(np.log(p[np.arange(n), y]))\n", "cross_entropy"),
    ("total_cost = 0.5 * ((t - a) ** 2).sum()\n", "mse"),
    ("perdida_ecm = np.mean(np.sum(0.5 * (A2 - etiquetas) ** 2, axis=1))\n", "mse"),  # the word loss, in Spanish
    ("loss_mse = np.mean((out - y) ** 2)\n", "mse"),  # the word loss first
])
def test_a_loss_computed_inline_under_a_loss_name_is_read(code, loss):
    assert list(inline_losses(code)) == [loss]


@pytest.mark.parametrize("code", [
    "error = y - output\n",  # a difference, not a loss
    "loss = data_loss + reg * np.sum(W1 ** 2)\n",  # an L2 term squares the weights, not a difference
    "delta = np.mean((y - output) ** 2)\n",  # not a loss's name
    "glossary_size = np.mean((y - output) ** 2)\n",  # loss inside a word is not the word loss
])
def test_an_inline_assignment_is_not_read_without_a_loss_name_and_value(code):
    assert inline_losses(code) == {}


def test_a_loss_appended_from_a_method_that_returns_it_is_read_and_quoted():
    """`self.val_loss.append(self.error(X, y))`, `error` returning a mean squared error: read as that loss and
    quoted as the file's own line (the assignment xval reads the append as has no line: it used to crash)."""
    code = ("class Net:\n    def error(self, X, y):\n        return np.mean((self.forward(X) - y) ** 2) / 2\n"
            "    def fit(self, X, y):\n        self.val_loss.append(self.error(X, y))\n")
    assert inline_losses(code) == {"mse": ["error's returned value (`self.val_loss.append(self.error(X, y))`)"]}


def test_a_loss_function_wins_over_an_inline_metric(tmp_path):
    """A file that trains on its cross-entropy function and prints a squared error as a metric: the function."""
    from xval.reports.check.family import loss_from_source

    path = tmp_path / "f.py"
    path.write_text("def cross_entropy(p, y):\n    return 0\n\nl = cross_entropy(p, y)\n"
                    "error = np.mean((p - y) ** 2)\n")
    assert loss_from_source(path) == ("cross_entropy", "your cross_entropy")
    path.write_text("error = np.mean((p - y) ** 2)\n")
    assert loss_from_source(path) == ("mse", "your `error = np.mean((p - y) ** 2)`")


def test_a_sigmoid_applied_only_inside_the_forward_leaves_its_returned_z_the_output(tmp_path):
    """A forward returning its last layer's z whose hidden layers are sigmoid units, its only sigmoid applied inside
    it (defined apart, called by it alone): nothing applies an output function, so the z it returns is the output
    (an identity output). A sigmoid called elsewhere, on what the forward returns, is one; so is a softmax anywhere,
    and any exp in a forward whose hidden layers are ReLUs (CS231n's loss(X) returning its scores when given no
    labels, its softmax below)."""
    from xval.reports.check.family import applies_output_function

    path = tmp_path / "f.py"
    fit = ("def sig(t):\n    return 1 / (1 + np.exp(-t))\n\n"
           "def run(x):\n    h = sig(x @ w1)\n    z2 = h @ w2\n    return z2\n\n"
           "def grads(x, y):\n    z2 = run(x)\n    return z2 - y\n")
    path.write_text(fit)
    assert applies_output_function(path, "run", "sigmoid") is False
    assert applies_output_function(path, "run", "relu") is True  # an exp a ReLU network's forward computes counts
    assert applies_output_function(path) is True
    path.write_text(fit + "\nprobs = sig(run(x_test))\n")
    assert applies_output_function(path, "run", "sigmoid") is True
    path.write_text(fit.replace("    return z2\n", "    p = np.exp(z2) / np.exp(z2).sum(1, keepdims=True)  # softmax\n"
                                "    return z2\n").replace("z2 = h @ w2", "z2 = h @ w2  # then its softmax"))
    assert applies_output_function(path, "run", "sigmoid") is True  # an exp of the z it returns: a softmax inline
    path.write_text(fit.replace("    return z2\n", "    p = softmax(z2)\n    return z2\n"))
    assert applies_output_function(path, "run", "sigmoid") is True


def test_the_reading_says_where_each_part_came_from():
    r = choose_model("f.py", ["sigmoid", "sigmoid"], "softmax", (None, ""))
    assert r.line() == ("sigmoid hidden units (detected from your forward), softmax + cross-entropy (default for a "
                        "softmax output; --loss to choose)")
    r = choose_model("f.py", ["tanh"], "sigmoid", ("mse", "your quadratic_cost"), l2=1e-4)
    assert r.line() == ("tanh hidden units (detected from your forward), sigmoid + MSE (read from your "
                        "quadratic_cost), L2 0.0001 (--l2)")
    r = choose_model("f.py", ["relu"], "softmax", ("bce", "your bce"))  # bce does not go with a softmax output
    assert r.spec.loss == "cross_entropy" and "your bce computes binary cross-entropy, which does not go" in r.line()
    assert r.outside == ("bce", "your bce")  # judged after the checks (loss-mismatch when the gradient passed)
    assert choose_model("f.py", ["relu"], "softmax", ("bce", "your bce"), loss="cross_entropy").outside is None
    assert choose_model("f.py", ["relu"], "sigmoid", ("bce", "your bce")).outside is None
    r = choose_model("f.py", [None], None, (None, "your file defines MSE (mse) and cross-entropy (ce)"))
    assert r.spec.is_notebook and "default: not read" in r.hidden_from and "defines MSE" in r.loss_from
    r = choose_model("f.py", ["relu"], "softmax", ("cross_entropy", "your ce"), hidden="tanh", loss="mse")
    assert (r.spec.hidden, r.spec.loss, r.hidden_from, r.loss_from) == ("tanh", "mse", "--hidden", "--loss")
    with pytest.raises(InputError, match="sigmoid output .*--loss cross_entropy is not a supported pair"):
        choose_model("f.py", ["relu"], "sigmoid", (None, ""), loss="cross_entropy")


def test_an_error_multiplied_by_itself_is_a_square(tmp_path):
    path = tmp_path / "lab.py"
    path.write_text("import numpy as np\n\ndef compute_cost(out, y):\n    return np.sum((out - y) * (out - y)) / "
                    "y.shape[1]\n\nprint(compute_cost(np.zeros((1, 2)), np.ones((1, 2))))\n")
    assert loss_from_source(path) == ("mse", "your compute_cost")


def test_a_leaky_relu_output_is_read_at_the_hidden_units_slope():
    from xval.reports.check.family import output_function

    z = np.random.default_rng(0).normal(size=(6, 3))
    assert output_function(z, np.where(z > 0, z, 0.1 * z)) == "leaky_relu:0.1"
    r = choose_model("f.py", ["leaky_relu:0.1"], "leaky_relu:0.1", (None, ""))
    assert (r.spec.hidden, r.spec.output, r.spec.loss, r.spec.output_slope) == ("leaky_relu:0.1", "leaky_relu", "mse",
                                                                              0.1)
    assert choose_model("f.py", ["sigmoid"], "leaky_relu:0.01", (None, "")).spec.output_slope == 0.01
    with pytest.raises(InputError, match="leaky ReLU of slope 0.2 .* hidden activation sigmoid"):
        choose_model("f.py", ["sigmoid"], "leaky_relu:0.2", (None, ""))


def _softmax_rows(z):
    p = np.exp(z - z.max(axis=1, keepdims=True))
    return p / p.sum(axis=1, keepdims=True)


@pytest.mark.parametrize("output, loss, per_sample", [
    ("softmax", "bce", lambda z, t: t * np.log(_softmax_rows(z)) + (1 - t) * np.log(1 - _softmax_rows(z))),
    ("sigmoid", "cross_entropy", lambda z, t: t * np.log(1 / (1 + np.exp(-z)))),
])
def test_outside_gradient_is_its_loss_by_finite_differences(output, loss, per_sample):
    """Binary cross-entropy over softmax outputs, cross-entropy over sigmoid ones (the (1 - t) term left out)."""
    gen = np.random.default_rng(3)
    z, t = gen.normal(size=(6, 4)), np.eye(4)[gen.integers(0, 4, 6)]

    def value(z):
        return -np.sum(per_sample(z, t)) / len(z)

    fd = np.zeros_like(z)
    for i in np.ndindex(z.shape):
        e = np.zeros_like(z)
        e[i] = 1e-6
        fd[i] = (value(z + e) - value(z - e)) / 2e-6
    g = outside_gradient(output, loss, z, t)
    assert np.abs(g - fd).max() <= 1e-7 * np.abs(fd).max()
    with pytest.raises(ValueError):
        outside_gradient("identity", "bce", z, t)


def test_a_binary_cost_chosen_by_a_branch_on_the_output_is_no_evidence_of_the_files_loss(tmp_path):
    chosen = tmp_path / "chosen.py"
    chosen.write_text(textwrap.dedent("""
        import numpy as np
        def loss(p, t, output):
            if output == "softmax":
                return -np.mean(np.sum(t * np.log(p), axis=1))
            return -np.mean(t * np.log(p) + (1 - t) * np.log(1 - p))
        print(loss)
    """))
    flagged = tmp_path / "flagged.py"
    flagged.write_text(textwrap.dedent("""
        import numpy as np
        def cross_entropy_loss(p, t, derivative=False):
            if not derivative:
                return -np.sum(t * np.log(p) + (1 - t) * np.log(1 - p)) / len(t)
            return -(t / p - (1 - t) / (1 - p))
        print(cross_entropy_loss)
    """))
    assert loss_from_source(chosen)[0] == loss_from_source(flagged)[0] == "bce"
    assert not branch_free_bce(chosen) and branch_free_bce(flagged)


def test_loss_flag_overrides_the_files_loss_and_loss_mismatch_names_it(corpus, inputs):
    """The textbook-style file computes sigmoid + MSE's gradient: right for its quadratic cost, and named as MSE's
    (not called a plain gradient bug) when --loss bce is checked."""
    r = check(corpus / "quadratic_mse_ok.py", inputs, loss="bce")
    assert r.checked_as.endswith("sigmoid + binary cross-entropy (--loss)"), r.checked_as
    assert r.status == "mismatch" and [d.code for d in r.diagnosis] == ["loss-mismatch"], r.text()
    assert "sigmoid + MSE's" in r.diagnosis[0].explanation and "--loss mse" in r.diagnosis[0].hint
    assert check(corpus / "quadratic_mse_ok.py", inputs, loss="mse").ok
    assert r.csv_row()["checked_as"] == r.checked_as


def test_loss_mismatch_names_the_cross_entropy_shortcut_under_mse(corpus, inputs):
    r = check(corpus / "quadratic_no_output_derivative.py", inputs)
    assert [d.code for d in r.diagnosis] == ["loss-mismatch"], r.text()
    assert "binary cross-entropy's" in r.diagnosis[0].explanation
    assert "without the output activation's derivative" in r.diagnosis[0].explanation
    # the same file is right for the loss whose gradient it computes
    assert check(corpus / "quadratic_no_output_derivative.py", inputs, loss="bce").ok


def test_l2_missing_or_doubled_is_named(corpus, inputs, tmp_path):
    """cs231n_model_reg_by_default adds reg * W with reg = 1e-3 (the gradient of 0.5 * reg * sum W^2). Its base,
    cs231n_model_ok, takes reg=0.0 by default: checked with an L2, it is built with that strength (its L2 gradient
    is right); the same class with its gradient's reg * W terms left out lacks the L2 term."""
    assert check(corpus / "cs231n_model_reg_by_default.py", inputs, l2=1e-3).ok
    built = check(corpus / "cs231n_model_ok.py", inputs, l2=1e-3)
    assert built.ok and "`reg` passed the L2 strength checked" in built.interface, built.text()
    source = (corpus / "cs231n_model_ok.py").read_text()
    unregularised = source.replace(" + self.reg * W\n", "\n").replace(' + self.reg * self.params["W%d" % i]\n', "\n")
    assert unregularised.count("self.reg") == 2  # (kept, and in the loss alone)
    (tmp_path / "cs231n_no_l2_gradient.py").write_text(unregularised)
    missing = check(tmp_path / "cs231n_no_l2_gradient.py", inputs, l2=1e-3)
    assert [d.code for d in missing.diagnosis] == ["weight-decay"], missing.text()
    assert "the L2 term is missing" in missing.diagnosis[0].explanation
    assert missing.checked_as.endswith("L2 0.001 (--l2)")
    doubled = check(corpus / "cs231n_model_reg_by_default.py", inputs, l2=5e-4)
    assert [d.code for d in doubled.diagnosis] == ["weight-decay"], doubled.text()
    assert "the L2 term is doubled" in doubled.diagnosis[0].explanation


def test_hidden_flag_overrides_the_reading(corpus, inputs):
    """--hidden relu on a tanh file: checked as told, so its forward differs (the flag wins, and says so)."""
    r = check(corpus / "tanh_ok.py", inputs, hidden="relu")
    assert r.checked_as.startswith("relu hidden units (--hidden)")
    assert r.diagnosis and r.diagnosis[0].code == "forward-mismatch", r.text()
    assert "not relu(z)" in r.diagnosis[0].explanation


def test_the_cli_takes_the_model_flags(xval, tmp_path):
    code, out, _ = xval("check", STYLES / "quadratic_mse_ok.py", "--steps", "1", "--loss", "mse", "--hidden", "sigmoid",
                        "--output-activation", "sigmoid")
    assert code == 0 and "checked as: sigmoid hidden units (--hidden), sigmoid output (--output-activation) + MSE " \
        "(--loss)" in out, out
    code, _, err = xval("check", STYLES / "quadratic_mse_ok.py", "--hidden", "swish")
    assert code == 2 and "--hidden: expected one of relu" in err


@pytest.mark.slow
@pytest.mark.parametrize("name", ["sigmoid_class_ok", "tanh_ok", "quadratic_mse_ok", "bce_ok", "leaky_ok",
                                  "sigmoid_class_derivative_on_z", "tanh_derivative_on_z", "bce_mse_delta"])
def test_float32_checks_use_the_familys_tolerance(name, corpus, inputs):
    """In float32 the correct file of each family passes and the gross bugs are still named."""
    params, x, y, real = inputs
    p32 = [(W.astype(np.float32), b.astype(np.float32)) for W, b in params]
    r = check_submission(corpus / f"{name}.py", p32, x.astype(np.float32), y, real,
                         CheckOptions(steps=1, cases=("batch0", "partial")))
    if name.endswith("_ok"):
        assert r.ok, r.text()
    else:
        assert r.status == "mismatch" and r.diagnosis, r.text()


def test_a_notebook_cell_defining_the_loss_counts(tmp_path):
    from xval.reports.check.family import loss_from_source
    from tests.test_check import notebook

    path = notebook(tmp_path, ["import numpy as np\n", "def mse_loss(a, t):\n    return ((a - t) ** 2).mean()\n",
                               "print(mse_loss(p, t))\n"])
    assert loss_from_source(path) == ("mse", "your mse_loss")
    assert loss_from_source(tmp_path / "missing.py") == (None, "")
    (tmp_path / "two.py").write_text(textwrap.dedent("""
        def mse(a, t): return 0
        def cross_entropy(p, y): return 0
        mse(1, 2); cross_entropy(1, 2)
    """))
    loss, why = loss_from_source(tmp_path / "two.py")
    assert loss is None and "MSE (mse) and cross-entropy (cross_entropy)" in why


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_an_activation_not_exposed_is_read_through_the_next_layer(dtype):
    """A style that exposes z1 and z2 but not a1: a1's function is the one with z2 = f(z1) @ W2 + b2, also when the
    file computes in float32 (its z2 carries the rounding of a 256-term sum)."""
    from xval.reports.check.family import hidden_from_next_layer, read_model

    gen = np.random.default_rng(3)
    z1 = gen.standard_normal((50, 256)).astype(dtype)
    W2, b2 = (gen.standard_normal((256, 10)) / 16).astype(dtype), gen.standard_normal((1, 10)).astype(dtype)
    for name, f in (("relu", lambda z: np.maximum(z, 0)), ("sigmoid", lambda z: 1 / (1 + np.exp(-z))),
                    ("tanh", np.tanh)):
        z2 = f(z1) @ W2 + b2
        assert hidden_from_next_layer(z1, z2, W2, b2) == name
        assert read_model([z1, z2], [None, None, None], [(None, None), (W2, b2)]) == ([name], None)
    assert hidden_from_next_layer(z1, np.tanh(z1) * 1.01 @ W2 + b2, W2, b2) is None


def test_an_output_whose_z_is_not_exposed_is_read_from_the_whole_forward():
    """A script that exposes its input, one hidden activation and its output, no z (its forward runs in a loop of
    its own): the output function is read from the whole forward when the hidden units it finds agree with the one
    read, and is not when they do not."""
    from xval.reports.check.family import read_model

    gen = np.random.default_rng(5)
    x = gen.standard_normal((40, 6))
    params = [(gen.standard_normal((6, 5)), gen.standard_normal((1, 5))),
              (gen.standard_normal((5, 4)), gen.standard_normal((1, 4))),
              (gen.standard_normal((4, 1)), gen.standard_normal((1, 1)))]
    a1 = np.tanh(x @ params[0][0] + params[0][1])
    a2 = np.tanh(a1 @ params[1][0] + params[1][1])
    out = np.tanh(a2 @ params[2][0] + params[2][1])
    assert read_model([None] * 3, [x, a1, None, out], params) == (["tanh", "tanh"], "tanh")
    sig = 1 / (1 + np.exp(-(a2 @ params[2][0] + params[2][1])))
    assert read_model([None] * 3, [x, a1, None, sig], params) == (["tanh", "tanh"], "sigmoid")
    assert read_model([None] * 3, [x, np.maximum(x @ params[0][0] + params[0][1], 0), None, out], params)[1] is None


def test_activations_read_as_pre_activations_are_moved_and_wrong_sums_are_not():
    """A forward whose values read as pre-activations are each layer's activation (``self.s1 = sigm(x @ w1 + b1)``,
    `s` a sum in one language and an output in another): moved to the activations, so the model reads as sigmoid
    layers; a wrong pre-activation (a bias left out), a correct one, or a value of another shape stays where it was
    read, for the forward check to compare."""
    from xval.reports.check.family import activations_read_as_sums, read_model

    gen = np.random.default_rng(7)
    x = gen.standard_normal((30, 4))
    params = [(gen.standard_normal((4, 3)), gen.standard_normal((1, 3))),
              (gen.standard_normal((3, 2)), gen.standard_normal((1, 2)))]
    sig = lambda v: 1 / (1 + np.exp(-v))  # noqa: E731
    s1 = sig(x @ params[0][0] + params[0][1])
    s2 = sig(s1 @ params[1][0] + params[1][1])
    zs, acts, moved = activations_read_as_sums([s1, s2], [x, None, s2], params)
    assert moved == [0, 1] and zs == [None, None] and acts[1] is s1 and acts[2] is s2
    assert read_model(zs, acts, params) == (["sigmoid"], "sigmoid")
    assert read_model([s1, s2], [x, None, s2], params) == ([None], "identity")  # as read before
    no_bias = x @ params[0][0]
    assert activations_read_as_sums([no_bias, s2], [x, None, s2], params)[2] == []
    z1 = x @ params[0][0] + params[0][1]
    assert activations_read_as_sums([z1, None], [x, sig(z1), s2], params)[2] == []
    assert activations_read_as_sums([s1[:5], s2], [x, None, s2], params)[2] == []
    assert activations_read_as_sums([s1, s2], [x, np.tanh(z1), s2], params)[2] == []  # its own a1 is another


def test_outputs_of_unexpected_shapes_are_not_read():
    """A forward whose a1 or output has another shape than its z: nothing read (the forward check reports it)."""
    from xval.reports.check.family import hidden_activation, hidden_from_next_layer, output_function

    z = np.random.default_rng(0).standard_normal((5, 4))
    assert hidden_activation(z, np.ones((5, 3))) is None and output_function(z, np.ones((4, 5))) is None
    assert hidden_from_next_layer(z, np.ones((5, 2)), np.ones((3, 2)), np.zeros((1, 2))) is None


def test_the_cross_entropy_shortcut_under_a_softmax_mse_file_is_loss_mismatch(tmp_path, inputs):
    """A file that defines and uses an MSE loss on its softmax output, but back-propagates p - y: the loss is read
    from the file, and the gradient named as cross-entropy's (softmax's Jacobian left out)."""
    source = (STYLES / "tanh_ok.py").read_text() + textwrap.dedent("""

        def mse(P, T):
            return 0.5 * np.sum((P - T) ** 2) / P.shape[0]


        def report(X, y, Ws, bs):
            print(mse(forward_pass(X, Ws, bs)[1][-1], np.eye(10)[y]))
        """)
    path = tmp_path / "softmax_mse_shortcut.py"
    path.write_text(source)
    r = check(path, inputs)
    assert r.checked_as.endswith("softmax + MSE (read from your mse)"), r.checked_as
    assert [d.code for d in r.diagnosis] == ["loss-mismatch"], r.text()
    assert "softmax + cross-entropy's" in r.diagnosis[0].explanation and "Jacobian" in r.diagnosis[0].explanation
    assert check(path, inputs, loss="cross_entropy").ok


def test_a_cost_derivative_that_is_the_plain_difference_reads_as_the_quadratic_cost():
    """The textbook network names no loss, only cost_derivative(output_activations, y) = a - y, the derivative of
    1/2 ||a - y||^2 with respect to a: read as MSE. A derivative that is not the plain difference (BCE's, through
    a(1 - a)) or an unused one says nothing."""
    used = "\n\ndef backprop(a, y, z):\n    return cost_derivative(a, y) * z\n"
    plain = "def cost_derivative(output_activations, y):\n    return (output_activations - y)\n"
    assert losses_in_source(plain + used) == {"mse": ["cost_derivative"]}
    turned = "def loss_prime(a_L, y):\n    return (a_L - y).T\n"  # the same values in the file's orientation
    assert losses_in_source(turned + used.replace("cost_derivative", "loss_prime")) == {"mse": ["loss_prime"]}
    bce = "def cost_derivative(a, y):\n    return (a - y) / (a * (1 - a))\n"
    assert losses_in_source(bce + used) == {}
    assert losses_in_source(plain) == {}  # defined, never used


def test_loss_mismatch_reads_the_descent_direction_of_another_loss(corpus, inputs, tmp_path):
    """A backward that returns -(sigmoid + MSE's gradient), summed over the batch (W1_delta = X.T @ hidden_delta
    with delta = (y - a) a (1 - a): the direction to add), checked as BCE: named as MSE's with the sum and the sign,
    not as a gradient bug with no known signature."""
    text = (corpus / "quadratic_mse_ok.py").read_text().replace(
        "delta = cost_derivative(activations[-1], y) * sigmoid_prime(zs[-1]) / m",
        "delta = -cost_derivative(activations[-1], y) * sigmoid_prime(zs[-1])")
    assert text != (corpus / "quadratic_mse_ok.py").read_text()
    path = tmp_path / "descent_direction.py"
    path.write_text(text)
    r = check(path, inputs, loss="bce")
    assert [d.code for d in r.diagnosis] == ["loss-mismatch"], r.text()
    assert "summed over the batch, with its sign flipped" in r.diagnosis[0].explanation, r.text()


def test_one_output_unit_never_tries_cross_entropy_in_loss_mismatch(inputs, corpus):
    """A softmax over one unit (the flags say so) on a binary file: loss-mismatch tries the output's other losses,
    and cross-entropy over one unit has no second class to index (the torch oracle raised IndexError)."""
    report = check(corpus / "binary_class_ok.py", inputs, output="softmax", loss="mse", fit_depth=True,
                   cases=("batch0",))
    assert report.status == "mismatch" and report.checked_as.startswith("tanh hidden units"), report.text()
    assert "cross-entropy" not in " ".join(d.message for d in report.diagnosis if d.code == "loss-mismatch")


def test_the_courses_output_delta_passes_on_weights_scaled_for_its_family(inputs, corpus):
    """The course's dAL = -(Y/AL - (1-Y)/(1-AL)) is the right gradient, 0 / 0 only where AL rounds to 0 or 1. With no
    --weights a sigmoid-output model is checked on weights scaled for it, and passes; the saturated case keeps the
    unscaled logits as a stress case, whose overflow is a warning that says to compute A - Y."""
    report = check(corpus / "dlai_L_layer_course_delta_ok.py", inputs, fit_depth=True, cases=("batch0", "saturated"))
    assert report.status == "ok" and not report.diagnosis, report.text()
    assert any(c.name == "weights" and "scaled for relu units (He" in c.detail for c in report.checks), report.text()
    stress = [c for c in report.checks if c.case == "saturated" and c.severity == "warning"]
    assert stress and all("unscaled weights only" in c.detail for c in stress), report.text()
    assert any("A - Y" in c.detail for c in stress), report.text()


def test_given_unscaled_weights_a_sigmoid_output_delta_that_divides_overflows_and_is_told_to_compute_a_minus_y(
        inputs, corpus):
    """Weights given (--weights) are used as they are: on the notebook's, the course's delta is NaN in batch0 and
    the hint names the division, not the softmax's max shift (which this file has no softmax to need)."""
    report = check(corpus / "dlai_L_layer_course_delta_ok.py", inputs, cases=("batch0",))
    overflow = [d for d in report.diagnosis if d.code == "overflow"]
    assert report.status == "mismatch" and overflow, report.text()
    assert "A - Y" in overflow[0].hint and "row's max" not in overflow[0].hint, report.text()
    assert not any(c.name == "weights" and "scaled" in c.detail for c in report.checks), report.text()


def test_on_the_stress_case_a_finding_is_a_warning_and_the_scaled_cases_give_the_verdict(inputs, corpus):
    """A real bug fails on the scaled cases; what the unscaled stress case adds is said as warnings, and no
    diagnosis counts it among its cases."""
    report = check(corpus / "dlai_L_layer_squared_error_delta.py", inputs, fit_depth=True,
                   cases=("batch0", "saturated"))
    assert report.status == "mismatch" and report.diagnosis[0].code == "loss-mismatch", report.text()
    assert all(d.cases == ["batch0"] for d in report.diagnosis), report.text()
    fails = [c for c in report.checks if c.case == "saturated" and not c.ok]
    assert fails and all(c.severity == "warning" for c in fails), report.text()
    alone = check(corpus / "dlai_L_layer_squared_error_delta.py", inputs, fit_depth=True, cases=("saturated",), steps=0)
    assert alone.status == "ok" and not alone.diagnosis, alone.text()


L2_IN_LOSS = '''import numpy as np
alpha = 0.1
class Net:
    def loss_fn(self, y, p, alpha):
        data = -np.mean(np.log(p[np.arange(len(y)), y]))
        return data + (alpha / 2) * (np.sum(self.W1 ** 2) + np.sum(self.W2 ** 2))
    def backprop(self, x, y, lr):
        self.W1 -= lr * x
def train(net, x, y):
    print(net.loss_fn(y, x, alpha))
'''


@pytest.mark.parametrize("edit, found", [
    ((), 0.1),  # the backward can never see alpha: the loss's term is checked (l2 = alpha for alpha / 2 * sum W**2)
    (("alpha = 0.1", "alpha = 0.0"), None),  # switched off
    (("def backprop(self, x, y, lr):", "def backprop(self, x, y, lr, reg):"), None),  # passed 0 by the check
    (("        self.W1 -= lr * x", "        self.W1 -= lr * (x + alpha * self.W1)"), None),  # it reads alpha
    (("(alpha / 2) * (np.sum(self.W1 ** 2)", "(alpha / 2) * (np.sum(self.mask ** 2)"), None),  # not the weights
])
def test_an_l2_term_only_the_loss_can_see_is_checked(tmp_path, edit, found):
    from xval.reports.check.family import unreachable_l2

    path = tmp_path / "sub.py"
    path.write_text(L2_IN_LOSS.replace(*edit) if edit else L2_IN_LOSS)
    got = unreachable_l2(path, "Net.backprop")
    assert (got and got[0]) == found, got


L2_READ_BY_TRAINING = """import numpy as np

lam = 0.02


def loss(W1, W2, p, y):
    total = -np.mean(np.log(p[np.arange(len(y)), y]))
    total += lam / 2 * (np.sum(W1 ** 2) + np.sum(W2 ** 2))
    return total


def train(X, y, W1, W2, lr=0.1):
    for _ in range(10):
        dW1, dW2 = grads(X, y, W1, W2)
        W1 -= lr * (dW1 + lam * W1)
        W2 -= lr * (dW2 + lam * W2)
"""


@pytest.mark.parametrize("edit, found", [
    ((), 0.02),  # the training adds lam * W itself: the model has the loss's L2 at the file's number
    (("lam = 0.02", "lam = 0"), None),  # switched off
    (("    return total\n", "    return total / len(y)\n"), None),  # the term divided by the batch: no one strength
    (("(dW1 + lam * W1)", "dW1"), 0.02),  # read by the other update still
    (("def train(X, y, W1, W2, lr=0.1):", "def train(X, y, W1, W2, lr=0.1, lam=0.0):"), None),  # takes it
])
def test_an_l2_term_the_training_reads_is_the_models(tmp_path, edit, found):
    from xval.reports.check.family import global_l2

    path = tmp_path / "sub.py"
    path.write_text(L2_READ_BY_TRAINING.replace(*edit) if edit else L2_READ_BY_TRAINING)
    got = global_l2(path, "train")
    assert (got and got[0]) == found, got


@pytest.mark.parametrize("code, loss", [
    ("class Net:\n    def compute_loss(self, y, p):\n        return np.mean((y - p) ** 2)\n", "mse"),  # a model's own
    ("def compute_loss(y, p):\n    return np.mean((y - p) ** 2)\n", None),  # a module helper nothing calls: no evidence
    ("def compute_loss(y, p):\n    return np.mean((y - p) ** 2)\ndef forward(x, w):\n    return x @ w\n"
     "forward(x, w)\n", None),  # the file runs its forward, not its loss: no evidence
    ("def forward(x, w):\n    return x @ w\ndef compute_loss(y, p):\n    return np.mean((y - p) ** 2)\n",
     "mse"),  # a module of definitions, none called: its loss is as much in use as its forward
    ("class Net:\n    def compute_loss(self, y, p):\n        return np.mean((y - p) ** 2)\n"
     "def cost(y, p):\n    return -np.mean(np.log(p[y]))\ncost(y, p)\n", "cross_entropy"),  # the one used wins
])
def test_a_models_loss_method_nothing_in_the_file_calls_is_read_last(tmp_path, code, loss):
    from xval.reports.check.family import loss_from_source

    path = tmp_path / "sub.py"
    path.write_text("import numpy as np\n" + code)
    assert loss_from_source(path)[0] == loss


@pytest.mark.parametrize("name, loss", [("half_squared_error", "mse"), ("compute_mse", "mse"),
                                        ("total_cross_entropy", "cross_entropy"), ("half_life", None),
                                        ("cross_entropy_error", "cross_entropy"), ("bce_fn", "bce"),
                                        ("error", None), ("relu_function", None)])
def test_a_loss_name_after_a_modifier_word_names_that_loss(name, loss):
    code = f"def {name}(p, y):\n    return p - y\n{name}(p, y)\n"
    assert losses_in_source(code) == ({loss: [name]} if loss else {})


@pytest.mark.parametrize("expr, loss, scale", [
    ("-np.sum(y * np.log(p))", "cross_entropy", (1.0, False, True)),  # summed over the batch: B x xval's
    ("-np.mean(np.sum(y * np.log(p), axis=1))", "cross_entropy", (1.0, False, False)),  # xval's own
    ("-1 / m * np.sum(y * np.log(p))", "cross_entropy", (1.0, False, False)),
    ("-np.mean(y * np.log(p))", "cross_entropy", (1.0, True, False)),  # over every element of one-hot rows: 1/K
    ("np.mean(-np.log(p[np.arange(n), y]))", "cross_entropy", (1.0, False, False)),  # one term a sample: xval's
    ("-np.sum(np.log(np.clip(p[range(m), y], 1e-12, 1)))", "cross_entropy", (1.0, False, True)),
    ("np.sum(np.multiply(t, np.log(a)) * (-1))", "cross_entropy", (1.0, False, True)),
    ("-np.mean(t * np.log(a) + (1 - t) * np.log(1 - a))", "bce", None),  # one output unit's batch mean: not read
    ("-np.sum(t * np.log(a) + (1 - t) * np.log(1 - a))", "bce", (1.0, False, True)),
    ("-1 / m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))", "bce", (1.0, False, False)),
    ("np.sum(y * np.log(p))", "cross_entropy", None),  # a log-likelihood: not a positive loss
    ("-np.mean(np.log(np.clip(p, 1e-12, None)))", "cross_entropy", None),  # p per sample or per element: unknown
])
def test_the_constant_and_reduction_of_a_files_cross_entropy_are_read(expr, loss, scale):
    import ast

    from xval.reports.check.family import _scale_of

    assert _scale_of(ast.parse(expr).body[0].value, loss) == scale


@pytest.mark.parametrize("expr, scale", [
    ("np.mean((y - p) ** 2)", (2.0, True, False)),  # over every element: 2/K x xval's (half the row sums, batch mean)
    ("((y - p) ** 2).mean()", (2.0, True, False)),
    ("np.average((t - o) ** 2)", (2.0, True, False)),  # unweighted: a mean
    ("np.average((t - o) ** 2, weights=w)", None),  # weighted: not read
    ("0.5 * np.mean(np.sum((a - y) ** 2, axis=1))", (1.0, False, False)),  # xval's own
    ("np.mean(np.sum(1 / 2 * (a - y) ** 2, axis=1))", (1.0, False, False)),
    ("np.sum((a - y) ** 2) / len(y)", (2.0, False, False)),
    ("1 / 2 * np.sum(np.square(a - y)) / m", (1.0, False, False)),
    ("np.sum((a - y) ** 2)", (2.0, False, True)),  # summed over the batch (per sample: see LossScale.per_sample)
    ("np.mean((y - p) ** 2, axis=0)", None),  # a vector
    ("np.sum((a - y) ** 2) / a.shape[1]", None),  # shape[1]: the batch only when column-major
    ("np.mean(np.sum(W1 ** 2))", None),  # squared weights: an L2 term
])
def test_the_constant_and_reduction_of_a_files_mse_are_read(expr, scale):
    import ast

    from xval.reports.check.family import _scale_of

    assert _scale_of(ast.parse(expr).body[0].value, "mse") == scale


@pytest.mark.parametrize("expr, scale", [
    ("np.sum((a - y) ** 2) / len(y)", (2.0, True, True)),  # len: the outputs (rows), the batch summed
    ("np.sum((a - y) ** 2) / a.shape[0]", (2.0, True, True)),
    ("np.sum((a - y) ** 2) / a.shape[1]", (2.0, False, False)),  # shape[1]: the batch
    ("1 / 2 * np.sum((a - y) ** 2) / Y.shape[1]", (1.0, False, False)),
])
def test_a_column_major_files_sizes_are_read_as_it_means_them(expr, scale):
    """Samples as columns: ``len(y)`` counts the outputs, ``y.shape[1]`` the batch."""
    import ast

    from xval.reports.check.family import _column_sizes, _scale_of

    assert _scale_of(_column_sizes(ast.parse(expr).body[0].value), "mse") == scale


def test_a_cost_derivative_with_its_constant_is_that_multiple_of_xvals_mse(tmp_path):
    from xval.reports.check.family import loss_from_source, loss_scale

    path = tmp_path / "sub.py"
    path.write_text("def cost_derivative(out, y):\n    return 2 * (out - y)\n\ncost_derivative(a, t)\n")
    loss, how = loss_from_source(path)
    assert loss == "mse" and loss_scale(path, how).factor(10, 1) == 2.0
    path.write_text("def cost_derivative(out, y):\n    return out - y\n\ncost_derivative(a, t)\n")
    assert loss_scale(path, loss_from_source(path)[1]).factor(10, 1) == 1.0


def test_a_float32_forward_that_exposes_only_its_output_is_read():
    """A float32 file's output carries every layer's rounding (a 784-wide sum): read at the looser match."""
    from xval.reports.check.family import from_output

    rng = np.random.default_rng(4)  # the notebook's unscaled weights: logits in the tens, sums of 784 terms
    params = [(rng.standard_normal((784, 256)).astype(np.float32), np.zeros((1, 256), np.float32)),
              (rng.standard_normal((256, 10)).astype(np.float32), np.zeros((1, 10), np.float32))]
    x = rng.random((200, 784)).astype(np.float32)
    sig = lambda v: 1 / (1 + np.exp(-v))  # noqa: E731
    p32 = [(W.astype(np.float32), b.astype(np.float32)) for W, b in params]
    out = sig(sig(x @ p32[0][0] + p32[0][1]) @ p32[1][0] + p32[1][1])
    assert out.dtype == np.float32 and from_output(x, out, params) == (["sigmoid"], "sigmoid")
    # a per-sample forward's outputs stacked into float64 carry the same float32 rounding: the params say so
    assert from_output(x, out.astype(np.float64), p32) == (["sigmoid"], "sigmoid")


@pytest.mark.parametrize("c, key", [(2000.0, "outputs-and-batch"), (10.0, "outputs"), (200.0, "batch-size"),
                                    (5.0, "outputs-half"), (100.0, "half-batch-size"),
                                    (1000.0, "outputs-and-half-batch")])
def test_a_factor_of_the_outputs_the_batch_or_both_is_named(c, key):
    """A loss averaged over every element of a (200, 10) output: a gradient divided by neither count is
    10 x 200 x the oracle's; by the batch size only, 10 x; by neither with a loss averaged over the batch, 200 x;
    (a - y) / B against np.mean((a - y) ** 2) (whose gradient is 2 (a - y) / (B K)), K / 2 = 5 x; and, the loss
    averaged over the batch only, (a - y) not divided by B against a mean without the 1/2, B / 2 = 100 x; and
    (a - y) divided by neither against np.mean((a - y) ** 2), K B / 2 = 1000 x."""
    from xval.reports.check.diagnose import read_factor

    assert read_factor(c, 200, 10 if key not in ("batch-size", "half-batch-size") else None)[0] == key


_HELD_L2 = """
import numpy as np
class Net:
    def __init__(self, sizes, {param}):
        self.weights = [np.zeros((a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
        self.strength = {name}
    def penalty(self):
        return 0.5 * self.strength * sum(np.sum(W ** 2) for W in self.weights)
    def backward(self, x, y):
        return [g + self.strength * W for g, W in zip(self.raw(x, y), self.weights)]
{call}
"""


@pytest.mark.parametrize("param, name, call, l2", [
    ("lam=0.003", "lam", "", 0.003),  # a default of its own, a name xval's construction leaves alone
    ("", "0.02", "", 0.02),  # a number the constructor writes
    ("lam=0.003", "lam", "net = Net([4, 3, 2], lam=0.1)", None),  # the file's own call passes another value
    ("alpha=0.003", "alpha", "", None),  # alpha reads as a rate: xval builds the instance with its own rate
    ("lam", "lam", "", None),  # required: xval passes the strength it checks
])
def test_an_l2_strength_the_instance_holds_is_read_from_its_constructor(tmp_path, param, name, call, l2):
    from xval.reports.check.family import l2_attribute

    path = tmp_path / "held.py"
    path.write_text(_HELD_L2.format(param=param, name=name, call=call).replace("(self, sizes, )", "(self, sizes)"))
    found = l2_attribute(path, "Net.backward")
    assert (found and found[0]) == l2 or found is l2, found
    if l2:
        assert "penalty" in found[1] and "self.strength" in found[1]


def test_an_l2_penalty_function_is_not_the_datas_loss():
    code = ("def l2_loss(W1, W2, lam):\n    return 0.5 * lam * (np.sum(W1 ** 2) + np.sum(W2 ** 2))\n"
            "def mse(a, t):\n    return np.mean((a - t) ** 2)\nprint(mse(p, t) + l2_loss(W1, W2, 0.1))\n")
    assert losses_in_source(code) == {"mse": ["mse"]}


@pytest.mark.parametrize("name", ["mean_square_error", "meanSquareError", "square_error", "mean_square_loss"])
def test_a_loss_named_mean_square_is_read_as_mse(tmp_path, name):
    from xval.reports.check.family import loss_from_source

    path = tmp_path / "f.py"
    path.write_text(f"def {name}(y, out):\n    return ((y - out) ** 2).sum() / len(y)\n\n\nprint({name}(1, 2))\n")
    assert loss_from_source(path) == ("mse", f"your {name}")


@pytest.mark.parametrize("k", [2, 3])
def test_a_delta_divided_by_the_batch_again_at_each_layer_is_named_by_its_power(k):
    """1/B^k (a hidden layer's delta divided by the batch size again each time it goes back), not 'a fixed
    constant instead of this batch's size'."""
    from xval.reports.check.diagnose import read_factor

    key, explanation, _ = read_factor(200.0 ** -k, 200)
    assert key == f"inverse-batch-size-{k}" and f"1/batch size^{k}" in explanation and f"{k + 1} times" in explanation


def test_a_penalty_total_accumulated_over_layers_is_not_a_data_loss():
    """`compute_l2_loss(model)` adding 0.5 * layer.wd * sum(W ** 2) per layer to a total it returns is an L2 term
    (its name says l2 loss, a squared error's other name), not the model's MSE."""
    from xval.reports.check.family import losses_in_source

    code = (
        "import numpy as np\n"
        "def compute_l2_loss(model):\n"
        "    l2_loss = 0.0\n"
        "    for layer in model.layers:\n"
        "        if hasattr(layer, 'W'):\n"
        "            l2_loss += 0.5 * layer.weight_decay * np.sum(layer.W ** 2)\n"
        "    return l2_loss\n"
        "total = compute_l2_loss(net)\n")
    assert losses_in_source(code) == {}
    assert losses_in_source(code.replace("np.sum(layer.W ** 2)", "np.sum((layer.out - layer.y) ** 2)")) == {
        "mse": ["compute_l2_loss"]}


def test_the_loss_layer_a_worker_names_is_held_to_a_cross_entropy_class_of_the_file(tmp_path):
    """The worker names the loss layer a layer kit is composed with, and that loss is then checked: a reply naming a
    class the file does not define, or one that is not named as a cross-entropy or a softmax (the kit's squared-error
    layer), changes nothing."""
    from xval.reports.check.family import cross_entropy_layer

    path = tmp_path / "kit.py"
    path.write_text("class SquaredLoss:\n    pass\n\n\nclass SoftmaxXent:\n    pass\n\n\nclass Softmax:\n    pass\n")
    assert cross_entropy_layer(path, "SoftmaxXent") and cross_entropy_layer(path, "Softmax")
    assert not cross_entropy_layer(path, "SquaredLoss")
    assert not cross_entropy_layer(path, "CrossEntropyLoss")  # named as one, but not a class of the file
    assert not cross_entropy_layer(path, "")


def test_a_loss_method_named_for_computing_the_error_is_read_with_its_mean_over_every_element(tmp_path):
    """calculateError() returning ((y - out) ** 2).mean(axis=None), used by the file: a squared error (the body
    says which loss a verb-and-error name computes), averaged over every element as with no axis."""
    from xval.reports.check.family import loss_from_source, loss_scale

    path = tmp_path / "net.py"
    path.write_text("class Net:\n    def calculateError(self):\n        return ((self.y - self.output) ** 2)"
                    ".mean(axis=None)\n\n    def learn(self):\n        print(self.calculateError())\n")
    loss, how = loss_from_source(path)
    assert loss == "mse" and "calculateError" in how
    scale = loss_scale(path, how)
    assert scale is not None and (scale.coef, scale.output_mean, scale.batch_sum) == (2.0, True, False)
