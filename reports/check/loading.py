"""Load someone's hand-written MLP functions from a .py or .ipynb without running their training.

Only these top-level statements run, in file (cell) order, each on its own:

- ``import`` / ``from ... import`` (a module that is not installed is a
  warning: the notebook imports ``cv2`` and never uses it in the functions);
- ``def`` / ``class`` (decorators included);
- assignments to plain names whose right-hand side calls nothing
  (``EPS = 1e-12``, ``relu_derivative = lambda z: ...``, ``ln = np.log``), or
  makes a seeded random generator (``rng = np.random.default_rng(42)``), a
  logger (``logger = logging.getLogger(__name__)``, which methods log to), a
  type name (``T = TypeVar("T")``) or a type alias (``Pairs = List[Tuple[A, B]]``);
- ``try`` blocks made only of such statements (``try: import cv2 except ...``);
- a choice among such statements (``if ans == 1: act = relu`` ... ``else: act = sigmoid``) whose test calls
  nothing: the branch its test selects, or, when the test reads a name only skipped statements set (``ans =
  int(input(...))``), its ``else`` branch, the file's own fallback (said in a warning).

Everything else (data loading, ``train_model(...)``, plotting, ``np.random.seed``,
``if __name__ == "__main__":``) is skipped and listed, so a notebook that trains
30 epochs at top level loads in milliseconds. In a notebook, IPython magics
(``%matplotlib inline``, ``!pip install``) are blanked first, and a cell that
does not parse is skipped with a warning. A .py file that does not parse is
unusable (:class:`~xval.impl.errors.InputError`, exit 2).
"""

from __future__ import annotations

import __future__
import ast
import builtins
import contextlib
import functools
import io
import tokenize
import itertools
import json
import linecache
import os
import re
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path

from xval.impl.errors import InputError
from xval.reports.check.numpy_compat import numpy_names, removed_reads, restore
from xval.reports.check.py2 import RENAMED, as_python3


@dataclass
class Source:
    """One unit of code: a whole .py file, or one notebook code cell."""

    label: str  # "line" for a .py file, "cell 3" for a notebook
    code: str
    cell: int | None = None
    python2: list[str] = field(default_factory=list)  # what :func:`~.py2.as_python3` rewrote, when it did
    blanked: list[int] = field(default_factory=list)  # lines of a .py blanked as IPython-only (a notebook export)


@dataclass
class Loaded:
    """A submission's namespace and what happened while building it."""

    path: Path
    namespace: dict
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "cell 7, line 1: train_x = np.load(...)"
    missing_modules: list[str] = field(default_factory=list)
    siblings: set[str] = field(default_factory=set)  # modules next to the file it may not import (no local imports)
    unbound: dict[str, str] = field(default_factory=dict)  # name a skipped statement would have bound -> why
    sample_counts: dict[str, str] = field(default_factory=dict)  # unbound global that counts the data's rows -> stmt
    loop_batch_counts: dict[str, str] = field(default_factory=dict)  # a batch size a skipped training loop sets
    batch_constants: dict[str, str] = field(default_factory=dict)  # batch_size = 32 a skipped loop draws by -> stmt
    skipped_binds: dict[str, str] = field(default_factory=dict)  # a name only statements not run assign -> which
    printed: str = ""
    future_flags: int = 0
    source: Path | None = None  # where the text is read from (``path`` is the name messages use)

    def function(self, name: str):
        obj = self.namespace.get(name)
        return obj if callable(obj) else None


IPYTHON_PREFIXES = ("%", "!")
"""How an IPython-only line starts (``%matplotlib inline``, ``!pip install ...``)."""


def _strip_magics(code: str) -> str:
    """Blank IPython-only lines (keeping line numbers); a %% cell magic blanks the whole cell."""
    lines = code.splitlines()
    if lines and lines[0].lstrip().startswith("%%"):
        return "\n" * len(lines)
    out = []
    for line in lines:
        s = line.strip()
        magic = (s.startswith(IPYTHON_PREFIXES) or _HELP.fullmatch(s)) and not _continues("\n".join(out))
        out.append("" if magic else line)
    return "\n".join(out)


def _continues(code: str) -> bool:
    """Whether ``code`` ends inside an open statement (a bracket not closed, a line ended by a backslash): the
    next line continues it (``'%s-labels.gz'`` then ``% kind)``: an operator, not a magic)."""
    try:
        for _ in tokenize.generate_tokens(io.StringIO(code + "\n").readline):
            pass
    except tokenize.TokenError:
        return True
    except (SyntaxError, ValueError):  # an unterminated string, a bad indent: not for this reader to say
        return False
    return False


_HELP = re.compile(r"[\w.*\[\]'\"]+\?{1,2}")
"""IPython's help line, ``np.dot?`` or ``np.*load*??``; a statement whose comment ends in a question
(``class Net:  # one array for all layers?``) is code."""


def _without_ipython(code: str) -> tuple[str, list[int]]:
    """A script that does not parse as it is but does with its IPython-only lines (``!cmd``, ``%magic``) blanked,
    as a notebook exported to a .py file has: (that text, the lines blanked, from 1); any other script as it is,
    with no line blanked."""
    try:
        ast.parse(code)
        return code, []
    except SyntaxError:
        pass
    except (ValueError, RecursionError, MemoryError):
        return code, []
    lines = code.split("\n")
    blanked = [i for i, line in enumerate(lines, start=1) if line.lstrip().startswith(IPYTHON_PREFIXES)]
    text = "\n".join("" if i in blanked else line for i, line in enumerate(lines, start=1))
    try:
        ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return code, []
    return (text, blanked) if blanked else (code, [])


def read_sources(source: Path, path: Path | None = None) -> list[Source]:
    """The code of a .py file (one source) or of each code cell of a .ipynb (nbformat 3 or 4).

    ``source`` is read; ``path`` (default ``source``) names it in messages.
    """
    path = source if path is None else path
    try:
        text = source.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: expected UTF-8 text, found undecodable bytes ({exc})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the submission ({exc.strerror})") from None
    if path.suffix != ".ipynb":
        text, rewritten = _python3(text)
        text, blanked = _without_ipython(text)  # a notebook exported as a script: its `!pip install ...` blanked
        # tracebacks quote the submission's lines by the name it was compiled under, from any cwd
        linecache.cache[str(path)] = (len(text), None, text.splitlines(True), str(path))
        return [Source("line", text, python2=rewritten, blanked=blanked)]
    try:
        nb = json.loads(text)
        cells = nb["cells"] if "cells" in nb else [c for ws in nb["worksheets"] for c in ws["cells"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{path}: expected a Jupyter notebook (JSON with 'cells'), found something else "
                         f"({type(exc).__name__}: {exc})") from None
    sources = []
    for number, cell in enumerate(cells, start=1):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        src = cell.get("source", cell.get("input", ""))
        code, rewritten = _python3(_strip_magics("".join(src) if isinstance(src, list) else str(src)))
        sources.append(Source(f"cell {number}, line", code, number, rewritten))
    return sources


def _python3(code: str) -> tuple[str, list[str]]:
    """The code as Python 3, and what was rewritten (nothing for a Python 3 file)."""
    made = as_python3(code)
    return made if made is not None else (code, [])


def _calls_nothing(node: ast.AST) -> bool:
    """True when evaluating ``node`` calls no function (lambda bodies are not evaluated)."""
    if isinstance(node, ast.Lambda):
        return all(_calls_nothing(d) for d in node.args.defaults + node.args.kw_defaults if d is not None)
    if isinstance(node, (ast.Call, ast.Await, ast.Yield, ast.YieldFrom, ast.NamedExpr,
                         ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.Subscript)):
        return False  # comprehensions and subscripts can run arbitrary code (__iter__, __getitem__) too
    return all(_calls_nothing(child) for child in ast.iter_child_nodes(node))


RANDOM_GENERATORS = ("np.random.default_rng", "numpy.random.default_rng", "np.random.RandomState",
                     "numpy.random.RandomState")
"""Calls an assignment may make and still run at load (``rng = np.random.default_rng(42)``, a module-level
generator the functions draw their initial weights from), when every argument is a constant."""


def _random_generator(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and ast.unparse(node.func) in RANDOM_GENERATORS and all(
        isinstance(a, ast.Constant) for a in [*node.args, *(k.value for k in node.keywords)])


def _logger(node: ast.AST) -> bool:
    """``logging.getLogger(__name__)`` (or of a constant name): a logger the file's methods write to, and nothing
    else run."""
    return isinstance(node, ast.Call) and ast.unparse(node.func) == "logging.getLogger" and not node.keywords \
        and all(isinstance(a, ast.Constant) or isinstance(a, ast.Name) and a.id == "__name__" for a in node.args)


TYPE_CONSTRUCTORS = ("TypeVar", "NewType", "ParamSpec", "TypeVarTuple")
"""typing's constructors of type names (``T = TypeVar("T", bound=npt.NBitBase)``): they make a name and run
nothing else, and type aliases built on them (``FloatArray = npt.NDArray[np.floating[T]]``) need them."""


def _last_name(node: ast.AST | None) -> str | None:
    """The name a Name or dotted Attribute ends in (``TypeVar``, ``npt.NDArray``: ``NDArray``), else None."""
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None


def _type_name(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _last_name(node.func) in TYPE_CONSTRUCTORS and all(
        _calls_nothing(a) for a in [*node.args, *(k.value for k in node.keywords)])


TYPE_GENERICS = ("List", "Tuple", "Dict", "Set", "FrozenSet", "Optional", "Union", "Callable", "Sequence",
                 "Iterable", "Iterator", "Mapping", "Literal", "Annotated", "Type", "NDArray", "ArrayLike", "floating",
                 "integer", "ndarray", "dtype", "list", "tuple", "dict", "set", "type")
"""Generic types an alias subscripts (``FloatArrayPairs = List[Tuple[FloatArray, FloatArray]]``): type names only."""


def _type_alias(node: ast.AST) -> bool:
    """A type expression built only of names, constants and :data:`TYPE_GENERICS` subscripts."""
    if isinstance(node, ast.Subscript):
        return _last_name(node.value) in TYPE_GENERICS and _type_alias(node.slice)
    if isinstance(node, (ast.Tuple, ast.List)):
        return all(_type_alias(e) for e in node.elts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):  # int | None
        return _type_alias(node.left) and _type_alias(node.right)
    return isinstance(node, (ast.Name, ast.Attribute, ast.Constant)) and _calls_nothing(node)


def _is_main_guard(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "__main__" in ast.unparse(node.test)


def keep(node: ast.stmt) -> bool:
    """Whether a top-level statement is one the loader runs (see the module docstring)."""
    if isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return True
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
        return True  # a docstring
    if isinstance(node, (ast.Assign, ast.AnnAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        names_only = all(isinstance(t, ast.Name) or (isinstance(t, (ast.Tuple, ast.List))
                         and all(isinstance(e, ast.Name) for e in t.elts)) for t in targets)
        return names_only and node.value is not None and (_calls_nothing(node.value) or _logger(node.value)
                                                          or _random_generator(node.value) or _type_name(node.value)
                                                          or isinstance(node.value, ast.Subscript)
                                                          and _type_alias(node.value))
    if isinstance(node, ast.Try):
        body = node.body + node.orelse + node.finalbody + [s for h in node.handlers for s in h.body]
        return all(keep(s) or isinstance(s, ast.Pass) for s in body)
    return False


def _branches(node: ast.If) -> list[list[ast.stmt]]:
    """The bodies of an ``if``/``elif``/``else`` chain, the last its final ``else`` (empty when it has none)."""
    out = [node.body]
    while len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If):
        node = node.orelse[0]
        out.append(node.body)
    return out + [node.orelse]


def _is_print(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and ast.unparse(node.value.func) == "print" \
        and all(_calls_nothing(a) for a in node.value.args) and not node.value.keywords


def _is_choice(node: ast.stmt) -> bool:
    """A top-level ``if`` choosing among statements the loader runs (``activation = relu``), with a test that
    calls nothing."""
    if not isinstance(node, ast.If) or _is_main_guard(node):
        return False
    tests, chain = [], node
    while isinstance(chain, ast.If):
        tests.append(chain.test)
        chain = chain.orelse[0] if len(chain.orelse) == 1 and isinstance(chain.orelse[0], ast.If) else None
    body = [s for b in _branches(node) for s in b]
    return all(_calls_nothing(t) for t in tests) and any(keep(s) for s in body) \
        and all(keep(s) or _is_print(s) or isinstance(s, ast.Pass) for s in body)


def _describe(node: ast.stmt, label: str, offset: int = 0) -> str:
    first = ast.unparse(node).splitlines()[0]
    return f"{label} {node.lineno + offset}: {first[:70]}{'...' if len(first) > 70 else ''}"


def sibling_modules(path: str | Path) -> list[str]:
    """The modules a file's own folder offers (``layers.py``, a package ``utils/``), by name: what an import the
    sandbox refuses would have found next to it (read by the judge, which sees the folder). Listed once per folder
    and state of it (its mtime changes when a file is added or removed): a batch of thousands of submissions in one
    folder does not list it once for each."""
    folder = str(Path(path).resolve().parent)
    try:
        changed = os.stat(folder).st_mtime_ns
    except OSError:
        return []
    return list(_folder_modules(folder, changed))


@functools.lru_cache(maxsize=64)
def _folder_modules(folder: str, changed: int) -> tuple[str, ...]:
    try:
        with os.scandir(folder) as it:
            entries = list(itertools.islice(it, 5000))
    except OSError:
        return ()
    return tuple(sorted({e.name[:-3] for e in entries if e.name.endswith(".py") and e.is_file()}
                        | {e.name for e in entries if e.is_dir() and os.path.isfile(os.path.join(e.path, "__init__.py"))}))


_F_STRING = re.compile(r"(?<![A-Za-z0-9_])(?:[rR]?[fF]|[fF][rR])['\"]")


def _newer_syntax(code: str, exc: SyntaxError) -> str:
    """A note for a syntax error on a line holding an f-string when this Python is older than 3.12, whose f-strings
    may reuse their quotes or hold a backslash inside their braces (``f"{d["k"]}"``): the file may be right for a
    newer Python; else ""."""
    if sys.version_info >= (3, 12) or not exc.lineno:
        return ""
    lines = code.splitlines()
    line = lines[exc.lineno - 1] if 0 < exc.lineno <= len(lines) else (exc.text or "")
    if not _F_STRING.search(line):
        return ""
    return (f" (an f-string that Python 3.12 reads, quotes or a backslash inside its braces, may be why: xval runs "
            f"Python {sys.version_info.major}.{sys.version_info.minor})")


def load_submission(path: str | Path, display: str | Path | None = None, local_imports: bool = False,
                    siblings: list[str] | None = None) -> Loaded:
    """Build the submission's namespace by running only its imports and definitions.

    ``display`` is the name messages and tracebacks use (the path the user
    gave; the worker reads the file by its absolute path from another cwd).
    The submission's folder is on ``sys.path`` only with ``local_imports``, so
    by default ``import classmate`` finds nothing next to the file; an import
    of one of ``siblings`` (the folder's modules, :func:`sibling_modules`; read
    here when not given) is then said to be next to it, with the flag that
    would let it import that.
    """
    source_path = Path(path)
    path = Path(display) if display is not None else source_path
    if not source_path.is_file():
        raise InputError(f"{path}: submission not found; expected a .py file or a .ipynb notebook")
    if path.suffix not in (".py", ".ipynb"):
        raise InputError(f"{path}: expected a .py file or a .ipynb notebook, found a {path.suffix or 'suffix-less'} file")
    module = types.ModuleType("xval_submission")
    module.__file__ = str(path)
    sys.modules[module.__name__] = module  # a @dataclass looks its module up there (None: AttributeError)
    loaded = Loaded(path, module.__dict__, source=source_path)
    loaded.siblings = set() if local_imports else set(sibling_modules(source_path) if siblings is None else siblings)
    printed = io.StringIO()
    folder = str(source_path.parent.resolve())
    if local_imports:
        sys.path.insert(0, folder)  # `from helpers import ...` next to the submission
    numpy_as: set[str] = set()  # what the file imports numpy as, so far (a notebook imports it in one cell)
    reads_np = False
    constants: dict[str, str] = {}  # batch_size = 32 -> where (run)
    drawn: set[str] = set()  # the names the skipped top-level loops read
    try:
        for source in read_sources(source_path, path):
            where = "" if source.cell is None else f"cell {source.cell}: "
            if source.blanked:
                loaded.warnings.append(f"line{'s' * (len(source.blanked) > 1)} "
                                       f"{', '.join(map(str, source.blanked[:5]))}{' ...' * (len(source.blanked) > 5)}"
                                       " (IPython commands, `!` or `%`, as a notebook exported as a script has) "
                                       "skipped: they are not Python")
            if source.python2:
                loaded.warnings.append(f"{where}read as Python 2, rewritten for Python 3 on the same lines: "
                                       f"{'; '.join(source.python2)}; `/` between two integers divides as in "
                                       "Python 3")
            try:
                tree = ast.parse(source.code, filename=str(path))
            except SyntaxError as exc:
                newer = _newer_syntax(source.code, exc)
                if source.cell is None:
                    raise InputError(f"{path}: line {exc.lineno}: syntax error ({exc.msg}){newer}; fix it so the "
                                     "file parses") from None
                loaded.warnings.append(f"cell {source.cell} does not parse (line {exc.lineno}: {exc.msg}){newer}; "
                                       "skipped it")
                continue
            numpy_as |= numpy_names(tree)
            reads_np = reads_np or any(isinstance(n, ast.Name) and n.id == "np" for n in ast.walk(tree))
            restored = restore(removed_reads(tree, numpy_as))
            if restored:
                loaded.warnings.append(f"{where}written for an older NumPy: read {', '.join(restored)}")
            for node in tree.body:
                if _is_choice(node) and _choose(node, path, source, loaded, printed):
                    continue
                if not keep(node):
                    if not _is_main_guard(node):
                        loaded.skipped.append(_describe(node, source.label))
                        for name in {n.id for n in ast.walk(node) if isinstance(n, ast.Name)
                                     and isinstance(n.ctx, ast.Store)}:  # m_batch = end - begin, in a loop
                            loaded.skipped_binds.setdefault(name, _describe(node, source.label))
                        loaded.sample_counts.update(dict.fromkeys(sample_count_names(node), _describe(node, source.label)))
                        if isinstance(node, (ast.For, ast.While)):
                            loaded.loop_batch_counts.update(dict.fromkeys(batch_count_names(node),
                                                                          _describe(node, source.label)))
                            drawn |= {n.id for n in ast.walk(node) if isinstance(n, ast.Name)
                                      and isinstance(n.ctx, ast.Load)}
                    continue
                _run(node, path, source, loaded, printed)
                if (name := batch_constant_name(node)) is not None:
                    constants[name] = _describe(node, source.label)
                for name in sample_count_names(node):
                    if name not in loaded.namespace:  # the statement ran and failed (its data was never loaded)
                        loaded.sample_counts[name] = _describe(node, source.label)
                for name, stmt in loader_counts(node).items():
                    loaded.sample_counts.setdefault(name, f"{_describe(stmt, source.label)} (in {node.name})")
    finally:
        if local_imports and folder in sys.path:
            sys.path.remove(folder)
    loaded.printed = printed.getvalue()
    loaded.batch_constants = {n: where for n, where in constants.items() if n in drawn}
    loaded.sample_counts = {k: v for k, v in loaded.sample_counts.items()
                            if k not in loaded.namespace or loaded.namespace[k] is None}  # m = None, set by a loader
    if reads_np and "np" not in loaded.namespace and not numpy_as:  # cut from a notebook whose first cell imported it
        import numpy

        loaded.namespace["np"] = numpy
        loaded.warnings.append("the file uses np but never imports numpy (as a cell cut from a notebook may): "
                               "given numpy as np")
    return loaded


def users_of(loaded: Loaded, name: str) -> list[str]:
    """The file's functions and methods whose code reads the global ``name``."""
    mod = loaded.namespace.get("__name__")

    def reads(code) -> bool:
        return name in code.co_names or any(reads(c) for c in code.co_consts if isinstance(c, types.CodeType))

    out = []
    for key, obj in list(loaded.namespace.items()):
        if getattr(obj, "__module__", None) != mod:
            continue
        members = [(key, obj)] if isinstance(obj, types.FunctionType) else \
            [(f"{key}.{k}", v) for k, v in vars(obj).items() if isinstance(v, types.FunctionType)] \
            if isinstance(obj, type) else []
        out += [n for n, f in members if reads(f.__code__)]
    return out


def _choose(node: ast.If, path: Path, source: Source, loaded: Loaded, printed: io.StringIO) -> bool:
    """Run the branch of a top-level choice (:func:`_is_choice`) its test selects, or its ``else`` branch when
    the test reads a name only skipped statements set; False (not run) when it has no ``else`` then."""
    unset = sorted({n.id for n in ast.walk(node.test) if isinstance(n, ast.Name)
                    and n.id not in loaded.namespace and n.id in loaded.skipped_binds})
    if not unset:
        _run(node, path, source, loaded, printed)
        return True
    fallback = _branches(node)[-1]
    if not fallback:
        return False
    for stmt in fallback:
        if keep(stmt):
            _run(stmt, path, source, loaded, printed)
    loaded.warnings.append(f"{_describe(node, source.label)} reads {', '.join(unset)}, which only statements not "
                           f"run set ({loaded.skipped_binds[unset[0]]}): ran its else branch ({source.label} "
                           f"{fallback[0].lineno}), the file's fallback")
    return True


def _run(node: ast.stmt, path: Path, source: Source, loaded: Loaded, printed: io.StringIO) -> None:
    """Run one kept statement; an import of a module that is not installed becomes a warning."""
    if isinstance(node, ast.ImportFrom) and node.module == "__future__":
        for alias in node.names:  # statements compile one by one: carry the file's future flags along
            feature = getattr(__future__, alias.name, None)
            loaded.future_flags |= getattr(feature, "compiler_flag", 0)
    code = compile(ast.Module([node], type_ignores=[]), _filename(path, source), "exec", flags=loaded.future_flags,
                   dont_inherit=True)
    try:
        with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
            exec(code, loaded.namespace)
    except ModuleNotFoundError as exc:
        name = (exc.name or "?").split(".")[0]
        loaded.missing_modules.append(name)
        why = f"module {name} is not installed ({source.label} {node.lineno}: {ast.unparse(node)[:60]})"
        if name != exc.name and name in sys.modules:  # numpy.lib.arraysetops: numpy is there, that part is not
            version = getattr(sys.modules[name], "__version__", "")
            why = (f"module {exc.name} is not in the installed {name}{' ' + version if version else ''} (a part its "
                   f"later versions removed or moved) ({source.label} {node.lineno}: {ast.unparse(node)[:60]})")
        if name in loaded.siblings:
            why = (f"module {name} is not importable ({source.label} {node.lineno}: {ast.unparse(node)[:60]}): "
                   f"{name} sits next to the file, and submissions import nothing from their folder unless "
                   "--allow-local-imports is given (for files you trust: it runs that module too)")
        shims = _compat_builtins(node)
        if shims:  # from past.builtins import xrange: Python 2 names a compatibility module gives, as Python 3's
            loaded.namespace.update(shims)
            why += f": {', '.join(f'{k} read as {v.__name__}' for k, v in shims.items())}"
        loaded.warnings.append(f"{why}; fine unless a checked function uses it")
        loaded.unbound.update(dict.fromkeys(set(_bound_names(node)) - set(shims), why))
    except Exception as exc:  # a decorator or an import that fails for other reasons
        why = f"{_describe(node, source.label)} raised {type(exc).__name__}: {exc}"
        loaded.warnings.append(f"{why}; skipped")
        loaded.unbound.update(dict.fromkeys(_bound_names(node), why))


COMPAT_MODULES = ("past.builtins", "six.moves", "future.builtins", "builtins", "past")
"""Modules that give Python 2's builtin names in Python 3 (a course template's ``from past.builtins import
xrange``): when one is not installed, the names it would have given are read as the Python 3 builtins they stand
for (:data:`~.py2.RENAMED`)."""


def _compat_builtins(node: ast.stmt) -> dict:
    """For ``from past.builtins import xrange`` (a compatibility module, :data:`COMPAT_MODULES`), {name bound:
    the Python 3 builtin it stands for}; empty for any other statement."""
    if not (isinstance(node, ast.ImportFrom) and node.module in COMPAT_MODULES):
        return {}
    return {a.asname or a.name: getattr(builtins, RENAMED[a.name]) for a in node.names if a.name in RENAMED}


def _filename(path: Path, source: Source) -> str:
    """The name tracebacks cite: the file, or for a notebook ``nb.ipynb, cell 3`` with the cell's own text
    registered in linecache (line numbers are the cell's), never the raw JSON's lines."""
    if source.cell is None:
        return str(path)
    name = f"{path}, cell {source.cell}"
    lines = source.code.splitlines(keepends=True)
    linecache.cache[name] = (len(source.code), None, lines, name)
    return name


def _bound_names(node: ast.stmt) -> list[str]:
    """The top-level names a statement binds (imports, assignments, definitions)."""
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return [a.asname or a.name.split(".")[0] for a in node.names]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
    return [n.id for t in targets if t is not None for n in ast.walk(t) if isinstance(n, ast.Name)]


SAMPLE_COUNT = ("m", "nsamples", "numsamples", "numexamples", "nexamples", "batchsize", "ntrain", "numtrain", "mtrain",
                "numtrainingexamples", "ntrainingexamples", "zeilen", "anzahlbeispiele", "nmuestras", "numuestras")
"""Squashed names of a count of the data's samples (``zeilen, spalten = data.shape``: German, the table's rows)."""


BATCH_COUNT = SAMPLE_COUNT + ("mbatch", "batchm", "mb", "bsize", "bs", "curbatchsize", "currentbatchsize",
                             "thisbatchsize", "mbatchsize", "batchlen", "lenbatch", "nbatchsamples", "batchsamples",
                             "mcur", "mcurrent")


def _counts_rows(value: ast.expr) -> bool:
    """Whether an expression counts rows of an array: ``X.shape[i]`` or ``len(X)``."""
    return (isinstance(value, ast.Subscript) and isinstance(value.value, ast.Attribute) and value.value.attr == "shape"
            ) or (isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "len")


BATCH_CONSTANT = ("batchsize", "minibatchsize", "mbsize", "batch", "bsize")
"""Squashed names of a module-level constant the training loop draws its batches by (``batch_size = 32``)."""


def batch_constant_name(node: ast.stmt) -> str | None:
    """The name a top-level statement binds to a positive integer constant under a batch size's name
    (``batch_size = 32``, ``BATCH_SIZE = 64``), else None."""
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
            and isinstance(node.value, ast.Constant) and type(node.value.value) is int and node.value.value > 0 \
            and node.targets[0].id.lower().replace("_", "") in BATCH_CONSTANT:
        return node.targets[0].id
    return None


def batch_count_names(loop: ast.stmt) -> list[str]:
    """Names a training loop sets to the size of the batch it is on: ``m_batch = end - begin``,
    ``m = X_batch.shape[1]``, ``bs = len(xb)`` inside a ``for``/``while`` at top level (names that mean a count of
    samples); the file's functions that read such a global see each call's batch size."""
    out = []
    for node in ast.walk(loop):
        if node is loop or not isinstance(node, ast.Assign) or len(node.targets) != 1 \
                or not isinstance(node.targets[0], ast.Name):
            continue
        v = node.value
        counted = _counts_rows(v) or (isinstance(v, ast.BinOp) and isinstance(v.op, ast.Sub))  # end - begin
        name = node.targets[0].id
        if counted and name.lower().replace("_", "") in BATCH_COUNT:
            out.append(name)
    return out


def loader_counts(node: ast.stmt) -> dict[str, ast.stmt]:
    """{name: the statement} for the sample counts a function sets as globals (``def read_data(): global m;
    m, n = data.shape``): read by the other functions as the batch size, left None until its data is loaded (a
    module-level ``m = None`` counts as unbound)."""
    if not isinstance(node, ast.FunctionDef):
        return {}
    declared = {name for n in ast.walk(node) if isinstance(n, ast.Global) for name in n.names}
    return {name: stmt for stmt in ast.walk(node) if isinstance(stmt, ast.Assign)
            for name in sample_count_names(stmt) if name in declared}


def sample_count_names(node: ast.stmt) -> list[str]:
    """Names a top-level statement binds to a count of data rows: ``m, n = data.shape``, ``m = X.shape[1]``,
    ``m = len(X)`` (names that mean a sample count: ``m``, ``n_samples``, ``batch_size`` ...)."""
    if not isinstance(node, ast.Assign) or len(node.targets) != 1:
        return []
    target, value = node.targets[0], node.value
    shape = isinstance(value, ast.Attribute) and value.attr == "shape"
    counted = _counts_rows(value)
    names = [t.id for t in (target.elts if isinstance(target, ast.Tuple) and shape else [target] if counted else [])
             if isinstance(t, ast.Name)]
    return [n for n in names if n.lower().replace("_", "") in SAMPLE_COUNT]
