"""NumPy names a submission written for an older NumPy still reads, given back in the submission's own process.

A tutorial written for NumPy 1.x says ``np.zeros(n, dtype=np.float)``, ``np.mat(X)`` or
``np.NaN``; NumPy 1.24 and 2.0 removed those aliases, so such a file raises
``AttributeError`` before its gradient can be judged, and the student is told about
their NumPy, not their backprop. :func:`restore` sets the aliases a file reads
(``np.float``, ``numpy.mat``: an attribute of a name the file imports numpy as) back
on the numpy module, each to what it meant, and says which. It runs in the worker,
the submission's own process (the judge's numpy, where the oracles run, is never
touched); nothing is restored that the file does not read.
"""

from __future__ import annotations

import ast

import numpy as np

REMOVED: dict[str, tuple[object, str, str]] = {
    # name: (what it meant, how that is written today, the NumPy release that removed it)
    "float": (float, "float", "1.24"), "int": (int, "int", "1.24"), "complex": (complex, "complex", "1.24"),
    "object": (object, "object", "1.24"), "str": (str, "str", "1.24"), "unicode": (str, "str", "1.24"),
    "NaN": (np.nan, "np.nan", "2.0"), "NAN": (np.nan, "np.nan", "2.0"),
    "Inf": (np.inf, "np.inf", "2.0"), "Infinity": (np.inf, "np.inf", "2.0"), "infty": (np.inf, "np.inf", "2.0"),
    "PINF": (np.inf, "np.inf", "2.0"), "NINF": (-np.inf, "-np.inf", "2.0"),
    "mat": (np.asmatrix, "np.asmatrix", "2.0"), "product": (np.prod, "np.prod", "2.0"),
    "cumproduct": (np.cumprod, "np.cumprod", "2.0"), "alltrue": (np.all, "np.all", "2.0"),
    "sometrue": (np.any, "np.any", "2.0"), "round_": (np.round, "np.round", "2.0"),
    "float_": (np.float64, "np.float64", "2.0"), "complex_": (np.complex128, "np.complex128", "2.0"),
    "int0": (np.intp, "np.intp", "2.0"), "bool8": (np.bool_, "np.bool_", "2.0"),
    "asfarray": (lambda a, dtype=np.float64: np.asarray(a, dtype=dtype if np.dtype(dtype).kind in "fc" else np.float64),
                 "np.asarray(a, dtype=float)", "2.0"),
}


def numpy_names(tree: ast.AST) -> set[str]:
    """The names ``tree`` imports numpy as (``import numpy as np``: np; ``import numpy``: numpy)."""
    return {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
            if a.name == "numpy"}


def removed_reads(tree: ast.AST, aliases: set[str]) -> list[str]:
    """The removed aliases ``tree`` reads as an attribute of numpy (``np.float``, ``np`` one of ``aliases``: what
    the file, or a notebook's earlier cells, imports numpy as), in order of first appearance."""
    reads = [n for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr in REMOVED
             and isinstance(n.value, ast.Name) and n.value.id in aliases]
    found: list[str] = []
    for node in sorted(reads, key=lambda n: (n.lineno, n.col_offset)):
        if node.attr not in found:
            found.append(node.attr)
    return found


_restored: set[str] = set()


def restore(names: list[str]) -> list[str]:
    """Set each removed alias the numpy module lacks back on it; one phrase per alias the file reads that this
    NumPy does not have (restored now or by an earlier file in this process)."""
    said = []
    for name in names:
        if name in vars(np) and name not in _restored:
            continue  # an older NumPy still has it
        meant, now, release = REMOVED[name]
        setattr(np, name, meant)
        _restored.add(name)
        said.append(f"np.{name} (removed in NumPy {release}) as {now}")
    return said
