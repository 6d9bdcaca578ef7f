"""Python 2 submissions are read as the Python 3 they mean (:mod:`xval.reports.check.py2`), on the same lines."""

from __future__ import annotations

import json

import numpy as np

import pytest

from xval.impl.errors import InputError
from xval.reports.check.loading import load_submission
from xval.reports.check.py2 import as_python3

PY2 = '''import sys
def steps(n, x):
    for i in xrange(n):
        print "step", i,
    print
    print >>sys.stderr, "x = %d" % x, x
    try:
        pass
    except (ValueError, KeyError), e:
        raise ValueError, "bad %s" % e
    if x: print x; y = 1
    for k, v in {}.iteritems(): print(k)
    print "a", \\
        "b"  # the end
    return x / 2
'''


def test_each_python2_statement_is_rewritten_in_place():
    code, said = as_python3(PY2)
    assert code.splitlines() == [
        "import sys",
        "def steps(n, x):",
        "    for i in range(n):",
        '        print("step", i, end=" ")',
        "    print()",
        '    print("x = %d" % x, x, file=sys.stderr)',
        "    try:",
        "        pass",
        "    except (ValueError, KeyError) as e:",
        '        raise ValueError("bad %s" % e)',
        "    if x: print(x); y = 1",
        "    for k, v in {}.items(): print(k)",
        '    print("a", \\',
        '        "b")  # the end',
        "    return x / 2",
    ]
    assert said == ["xrange -> range (line 3)", "`print` statement (lines 4, 5, 6, 11, 13)",
                    "`except` statement (line 9)", "`raise` statement (line 10)", ".iteritems() -> .items() (line 12)"]


def test_python3_is_left_alone_and_a_name_the_file_binds_is_its_own():
    assert as_python3("print('x')\nfor i in range(3): pass\n") is None
    assert as_python3("xrange = range\nfor i in xrange(3): pass\n") is None
    assert as_python3("def f(unicode):\n    return unicode\n") is None
    # a Python 3 file reading a Python 2 builtin it never binds (it would raise NameError when called)
    assert as_python3("def f(n):\n    return list(xrange(n))\n") == ("def f(n):\n    return list(range(n))\n",
                                                                     ["xrange -> range (line 2)"])


def test_what_cannot_be_rewritten_stays_a_syntax_error(tmp_path):
    path = tmp_path / "ticks.py"
    path.write_text("def f(x):\n    print `x`\n")  # backticks: not guessed at
    assert as_python3(path.read_text()) is None
    with pytest.raises(InputError, match="line 2: syntax error"):
        load_submission(path)


def test_the_loader_runs_the_rewrite_and_says_so(tmp_path):
    path = tmp_path / "old.py"
    path.write_text("import numpy as np\ndef relu(z):\n    print 'relu', z.shape\n    return np.maximum(z, 0)\n")
    loaded = load_submission(path)
    assert loaded.namespace["relu"](-1.0 * __import__("numpy").ones(2)).tolist() == [0.0, 0.0]
    assert any(w.startswith("read as Python 2, rewritten for Python 3 on the same lines: `print` statement (line 3)")
               for w in loaded.warnings), loaded.warnings
    nb = tmp_path / "old.ipynb"
    nb.write_text(json.dumps({"cells": [{"cell_type": "code", "source": ["import numpy as np"]},
                                        {"cell_type": "code", "source": ["def f(n):\n", "    print n\n",
                                                                          "    return n\n"]},
                                        {"cell_type": "code", "source": ["def g(n):\n",
                                                                          "    return np.zeros(n, np.float)\n"]}]}))
    loaded = load_submission(nb)
    assert loaded.namespace["f"](3) == 3 and loaded.namespace["g"](2).dtype == np.float64
    assert any(w.startswith("cell 2: read as Python 2") for w in loaded.warnings), loaded.warnings
    assert "cell 3: written for an older NumPy: read np.float (removed in NumPy 1.24) as float" in loaded.warnings


@pytest.mark.filterwarnings("ignore::PendingDeprecationWarning")  # np.matrix, which the old file uses
def test_numpy_aliases_an_older_numpy_had_are_read_as_they_were_meant(tmp_path):
    """``np.float``, ``np.mat``, ``np.NaN`` (removed in NumPy 1.24 and 2.0) are given back in the submission's
    process, only those the file reads, and said; without that, the file raises before its gradient is judged."""
    from xval.reports.check.numpy_compat import REMOVED

    path = tmp_path / "old_numpy.py"
    path.write_text("import numpy as npy\n\ndef init(n):\n    return npy.zeros((n, 2), dtype=npy.float)\n\n"
                    "def forward(X, W):\n    h = npy.mat(X) * npy.mat(W)\n    h[h < 0] = npy.NaN\n"
                    "    return npy.asarray(h)\n\nclass Holder:\n    float = 1.0\n")
    loaded = load_submission(path)
    W = loaded.namespace["init"](3)
    assert W.dtype == np.float64 and W.shape == (3, 2)
    out = loaded.namespace["forward"](-np.ones((1, 3)), np.ones((3, 2)))
    assert type(out) is np.ndarray and np.isnan(out).all()
    said = [w for w in loaded.warnings if w.startswith("written for an older NumPy: read ")]
    assert said == ["written for an older NumPy: read np.float (removed in NumPy 1.24) as float, np.mat (removed in "
                    "NumPy 2.0) as np.asmatrix, np.NaN (removed in NumPy 2.0) as np.nan"], loaded.warnings
    assert "cumproduct" in REMOVED and "cumproduct" not in vars(np), "only the aliases a file reads are restored"
