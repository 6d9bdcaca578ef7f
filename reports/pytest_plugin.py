"""pytest plugin: gate a hand-written backprop in any test suite with the `xval_check` fixture.

    def test_my_backprop(xval_check):
        xval_check("my_mlp.py")        # or .ipynb; fails with xval check's diagnosis text

    def test_the_submission_given_on_the_command_line(xval_check):
        report = xval_check()          # uses --xval-impl PATH (or the ini value xval_impl)
        assert report.ok

Options: ``--xval-impl PATH`` (the submission ``xval_check()`` checks when given
no path; without it such a test is skipped), ``--xval-weights FILE``,
``--xval-data DIR``, ``--xval-dtype float32|float64``, ``--xval-steps N``. The
fixture returns the :class:`xval.reports.check.Report` when every check holds.

Registered through the ``pytest11`` entry point ``xval = "xval.reports.pytest_plugin"``
(or ``-p xval.reports.pytest_plugin``). Importing this module imports neither
torch nor jax, nor any of xval's checking code: that happens when a test first
calls the fixture. Data and weights are loaded once per session.
"""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_addoption(parser) -> None:
    group = parser.getgroup("xval", "xval: check a hand-written backprop")
    group.addoption("--xval-impl", metavar="PATH", help="the submission (.py or .ipynb) that xval_check() checks "
                    "when called without a path")
    group.addoption("--xval-weights", metavar="FILE", help="weights.npy for xval_check (default: xval's default)")
    group.addoption("--xval-data", metavar="DIR", help="Fashion-MNIST directory for xval_check (default: search)")
    group.addoption("--xval-dtype", choices=("float32", "float64"), help="check dtype (default float64)")
    group.addoption("--xval-steps", type=int, metavar="N", help="re-synced trace steps (default: xval check's)")
    parser.addini("xval_impl", "default submission for xval_check() (like --xval-impl)", default="")


@pytest.fixture(scope="session")
def _xval_inputs(request):
    cache: dict = {}

    def get(weights, data, dtype, steps):
        key = (weights, data, dtype, steps)
        if key not in cache:
            from xval.reports.check.inputs import load_inputs
            cache[key] = load_inputs(weights, data, dtype, steps)
        return cache[key]

    return get


def _resolve(path: str | Path, request) -> Path:
    p = Path(path)
    if p.is_absolute():
        return p
    for base in (Path(str(request.node.fspath)).parent, request.config.invocation_params.dir):
        if (base / p).exists():
            return base / p
    return p


@pytest.fixture
def xval_check(request, _xval_inputs):
    """Call with a submission path (or none: --xval-impl); fails the test with the diagnosis if a check fails."""
    config = request.config

    def check(path: str | Path | None = None, *, steps: int | None = None, lr: float = 0.005,
              weights: str | None = None, data: str | None = None, dtype: str | None = None,
              forward: str = "forward", backward: str | None = None, timeout: float | None = None,
              oracles: tuple[str, ...] = ("torch", "jax")):
        from xval.impl.errors import InputError
        from xval.reports.check import CheckOptions, check_submission
        from xval.reports.check.runner import DEFAULT_STEPS, DEFAULT_TIMEOUT

        if path is None:
            path = config.getoption("--xval-impl") or config.getini("xval_impl")
            if not path:
                pytest.skip("xval_check() without a path needs --xval-impl PATH (or xval_impl in the ini file)")
            path = Path(config.invocation_params.dir) / path if not Path(path).is_absolute() else Path(path)
        else:
            path = _resolve(path, request)
        steps = steps if steps is not None else (config.getoption("--xval-steps") or DEFAULT_STEPS)
        try:
            params, x, y, real = _xval_inputs(weights or config.getoption("--xval-weights"),
                                              data or config.getoption("--xval-data"),
                                              dtype or config.getoption("--xval-dtype"), steps)
        except InputError as exc:
            pytest.fail(f"xval_check: unusable input: {exc}", pytrace=False)
        timeout = DEFAULT_TIMEOUT if timeout is None else timeout
        opts = CheckOptions(lr=lr, steps=steps, oracles=tuple(oracles), timeout=timeout, forward=forward,
                            backward=backward, fit_depth=not (weights or config.getoption("--xval-weights")))
        report = check_submission(path, params, x, y, real, opts)
        if not report.ok:  # the first line is what pytest's short summary shows: the causes, then the details
            causes = ", ".join(f"{d.code}{f' x{d.factor:g}' if d.factor is not None else ''} ({' '.join(d.params)})"
                               for d in report.diagnosis) or report.status
            pytest.fail(f"{causes}\n{report.text()}", pytrace=False)
        return report

    return check
