"""Read a submission written for Python 2 (a copy of an older tutorial) as the Python 3 it means.

Many hand-written MLPs people still learn from are Python 2: ``print "epoch", i``,
``for j in xrange(n)``, ``except ValueError, e``. Such a file does not even parse
under Python 3, so nothing in it could be checked. :func:`as_python3` rewrites,
token by token and on the same lines (line numbers, and so every citation, stay
those of the file), the few statements that are Python 2 only:

- ``print x, y`` -> ``print(x, y)``; ``print x,`` -> ``print(x, end=" ")``;
  ``print >>f, x`` -> ``print(x, file=f)``; a lone ``print`` -> ``print()``;
- ``except E, e:`` -> ``except E as e:``; ``raise E, "why"`` -> ``raise E("why")``;
- the builtins Python 3 renamed (``xrange``, ``raw_input``, ``unicode``, ``basestring``,
  ``unichr``) and ``d.iteritems()``-style dict methods, where the file does not bind
  those names itself.

The rewrite is only used when it is needed (the file does not parse, or reads a
renamed builtin it never binds) and when its result parses; the loader then says
so in a warning, since ``/`` on two integers keeps Python 3's meaning (a true
division). Nothing here runs the submission's code.
"""

from __future__ import annotations

import ast
import io
import tokenize

RENAMED = {"xrange": "range", "raw_input": "input", "unicode": "str", "basestring": "str", "unichr": "chr"}
"""Python 2 builtins and the Python 3 builtin each became."""

DICT_METHODS = {"iteritems": "items", "itervalues": "values", "iterkeys": "keys"}

_OPEN, _CLOSE = "([{", ")]}"
_SKIP = (tokenize.NL, tokenize.COMMENT)


def as_python3(code: str) -> tuple[str, list[str]] | None:
    """``(code, what was rewritten)`` when ``code`` is Python 2 that this module can rewrite into Python 3 that
    parses; None when ``code`` needs nothing (it is Python 3) or cannot be read this way."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        tree = None
    if tree is not None and not _reads_renamed(tree, code):
        return None
    parses = tree is not None
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(code).readline))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return None
    if any(t.type == tokenize.ERRORTOKEN and t.string.strip() for t in tokens):
        return None  # backticks, stray characters: not something to guess at
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) in absolute offsets
    said: dict[str, list[int]] = {}
    starts = _line_starts(code)

    def at(pos: tuple[int, int]) -> int:
        return starts[pos[0] - 1] + pos[1]

    bound = _bound_names(tokens)
    depth = 0
    previous = None  # the last token that is not NL or a comment
    for i, tok in enumerate(tokens):
        if tok.type == tokenize.OP and tok.string in _OPEN:
            depth += 1
        elif tok.type == tokenize.OP and tok.string in _CLOSE:
            depth = max(depth - 1, 0)
        statement_start = depth == 0 and _starts_statement(previous)
        if not parses and tok.type == tokenize.NAME and statement_start:
            made = None
            if tok.string == "print":
                made = _print(tokens, i, code, at)
            elif tok.string == "except":
                made = _except(tokens, i, at)
            elif tok.string == "raise":
                made = _raise(tokens, i, code, at)
            if made is not None:
                edits.append(made)
                said.setdefault(f"`{tok.string}` statement", []).append(tok.start[0])
        if tok.type == tokenize.NAME and tok.string in RENAMED and tok.string not in bound \
                and not (previous is not None and previous.string == "."):
            edits.append((at(tok.start), at(tok.end), RENAMED[tok.string]))
            said.setdefault(f"{tok.string} -> {RENAMED[tok.string]}", []).append(tok.start[0])
        if tok.type == tokenize.NAME and tok.string in DICT_METHODS and previous is not None \
                and previous.string == "." and _next(tokens, i).string == "(":
            edits.append((at(tok.start), at(tok.end), DICT_METHODS[tok.string]))
            said.setdefault(f".{tok.string}() -> .{DICT_METHODS[tok.string]}()", []).append(tok.start[0])
        if tok.type not in _SKIP:
            previous = tok
    if not edits:
        return None
    out = code
    for start, end, text in sorted(edits, reverse=True):
        out = out[:start] + text + out[end:]
    try:
        ast.parse(out)
    except (SyntaxError, ValueError):
        return None
    return out, [f"{what} (line{'s' if len(lines) > 1 else ''} {', '.join(map(str, sorted(set(lines))[:6]))}"
                 f"{', ...' if len(set(lines)) > 6 else ''})" for what, lines in said.items()]


def _line_starts(code: str) -> list[int]:
    starts, total = [], 0
    for line in code.splitlines(keepends=True):
        starts.append(total)
        total += len(line)
    return starts + [total]


def _starts_statement(previous) -> bool:
    if previous is None:
        return True
    if previous.type in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING):
        return True
    return previous.type == tokenize.OP and previous.string in (";", ":")


def _next(tokens, i):
    for tok in tokens[i + 1:]:
        if tok.type not in _SKIP:
            return tok
    return tokens[-1]


def _statement(tokens, i) -> list:
    """The tokens after ``tokens[i]`` up to the end of its simple statement (a newline, ``;`` or a comment at
    bracket depth 0)."""
    out, depth = [], 0
    for tok in tokens[i + 1:]:
        if depth == 0 and (tok.type in (tokenize.NEWLINE, tokenize.COMMENT, tokenize.ENDMARKER)
                           or (tok.type == tokenize.OP and tok.string == ";")):
            break
        if tok.type == tokenize.OP and tok.string in _OPEN:
            depth += 1
        elif tok.type == tokenize.OP and tok.string in _CLOSE:
            depth -= 1
        if tok.type != tokenize.NL:
            out.append(tok)
    return out


def _top_commas(body) -> list[int]:
    """Indices in ``body`` of the commas at bracket depth 0."""
    out, depth = [], 0
    for k, tok in enumerate(body):
        if tok.type == tokenize.OP and tok.string in _OPEN:
            depth += 1
        elif tok.type == tokenize.OP and tok.string in _CLOSE:
            depth -= 1
        elif depth == 0 and tok.type == tokenize.OP and tok.string == ",":
            out.append(k)
    return out


def _print(tokens, i, code, at):
    body = _statement(tokens, i)
    if body and body[0].type == tokenize.OP and body[0].string in ("(", "=", ".", "["):
        return None  # print(...) already, or the name used as a value
    end = at(tokens[i].end)
    if not body:
        return end, end, "()"
    stop = at(body[-1].end)  # the statement's last token, a trailing comma included
    extra = []
    if body[0].type == tokenize.OP and body[0].string == ">>":
        commas = _top_commas(body)
        target_end = body[commas[0]].start if commas else body[-1].end
        extra.append(f"file={code[at(body[0].end):at(target_end)].strip()}")
        body = body[commas[0] + 1:] if commas else []
    if body and body[-1].type == tokenize.OP and body[-1].string == ",":
        extra.append('end=" "')
        body = body[:-1]
    args = code[at(body[0].start):at(body[-1].end)] if body else ""
    return end, stop, "(" + ", ".join([a for a in [args] if a] + extra) + ")"


def _except(tokens, i, at):
    body = _statement_until_colon(tokens, i)
    commas = _top_commas(body)
    if len(commas) != 1 or commas[0] + 2 != len(body) or body[-1].type != tokenize.NAME:
        return None
    comma = body[commas[0]]
    return at(comma.start), at(comma.end), " as"


def _statement_until_colon(tokens, i) -> list:
    out, depth = [], 0
    for tok in tokens[i + 1:]:
        if depth == 0 and tok.type == tokenize.OP and tok.string == ":":
            return out
        if tok.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
            return []
        if tok.type == tokenize.OP and tok.string in _OPEN:
            depth += 1
        elif tok.type == tokenize.OP and tok.string in _CLOSE:
            depth -= 1
        if tok.type not in _SKIP:
            out.append(tok)
    return []


def _raise(tokens, i, code, at):
    body = _statement(tokens, i)
    commas = _top_commas(body)
    if len(commas) != 1 or commas[0] == 0 or commas[0] == len(body) - 1:
        return None  # raise E, V, traceback: not guessed
    kind = code[at(body[0].start):at(body[commas[0] - 1].end)]
    value = code[at(body[commas[0] + 1].start):at(body[-1].end)]
    return at(body[0].start), at(body[-1].end), f"{kind}({value})"


def _bound_names(tokens) -> set[str]:
    """Names among RENAMED the file binds itself (``def xrange``, ``xrange = range``, ``import ... as unicode``)."""
    out = set()
    for k, tok in enumerate(tokens):
        if tok.type != tokenize.NAME or tok.string not in RENAMED:
            continue
        before = tokens[k - 1].string if k else ""
        after = tokens[k + 1].string if k + 1 < len(tokens) else ""
        if before in ("def", "class", "as", "import", "global") or after == "=" or (after == "," and before in
                                                                                     ("import", ",")):
            out.add(tok.string)
    return out


def _reads_renamed(tree: ast.AST, code: str) -> bool:
    """True when the code (``tree``, which parsed) reads a Python 2 builtin name it never binds. Most files name
    none of them anywhere: their text says so without a walk of the tree."""
    if not any(name in code for name in RENAMED):
        return False
    loads, stores = set(), set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Name):
            (loads if isinstance(n.ctx, ast.Load) else stores).add(n.id)
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            stores.add(n.name)
        elif isinstance(n, ast.arg):
            stores.add(n.arg)
        elif isinstance(n, (ast.Import, ast.ImportFrom)):
            stores |= {(a.asname or a.name).split(".")[0] for a in n.names}
    return bool((loads - stores) & set(RENAMED))
