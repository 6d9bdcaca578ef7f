"""What a submission may use: autodiff libraries are noticed from its source, before anything runs.

The scan reads the file's code (every cell of a notebook) with :mod:`ast` in
the judge's process, without running it: ``import torch``, ``from jax import
grad``, ``__import__("autograd")`` and ``importlib.import_module("torch")`` with
a literal name. A name built at run time escapes it; the worker's account of
the modules the submission imported (``summary``) catches most of the rest.
"""

from __future__ import annotations

import ast
from pathlib import Path

from xval.impl.errors import InputError
from xval.reports.check.loading import read_sources

AUTODIFF = ("torch", "jax", "jaxlib", "autograd", "tensorflow", "mxnet", "tinygrad", "paddle", "chainer")
"""Top-level modules that differentiate for you: a hand-written backprop has no use for them."""
SCAN_LIMIT = 5 << 20
"""Files larger than this (bytes) are not scanned (the worker's account still applies)."""


def scanned_sources(path: Path) -> list:
    """The sources (a .py file, or a notebook's cells) the judge may read of a submission, never run: none when the
    file is larger than SCAN_LIMIT or cannot be read (the worker reports that)."""
    try:
        if Path(path).stat().st_size > SCAN_LIMIT:
            return []
        return read_sources(Path(path))
    except (OSError, InputError):
        return []


def autodiff_imports(path: Path) -> list[str]:
    """The autodiff modules the file imports by name, in order of first appearance."""
    found: list[str] = []
    for source in scanned_sources(path):
        try:
            tree = ast.parse(source.code)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        for node in ast.walk(tree):
            for name in _imported(node):
                top = name.split(".")[0]
                if top in AUTODIFF and top not in found:
                    found.append(top)
    return found


def _imported(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if isinstance(node, ast.ImportFrom) and node.module and not node.level:
        return [node.module]
    if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
            and isinstance(node.args[0].value, str):
        f = node.func
        name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
        if name in ("__import__", "import_module"):
            return [node.args[0].value]
    return []
