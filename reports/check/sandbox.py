"""Where a submission's worker runs: a bubblewrap sandbox when there is one, resource limits always.

With bubblewrap (``--sandbox bwrap``, or ``auto`` when ``bwrap`` is on PATH and
works here) the worker sees a read-only view of the interpreter, its
packages, xval's own folders and the one submission file (not its folder);
a fresh empty tmpfs as cwd, HOME, /tmp and /dev/shm, each capped at
:data:`TMPFS_BYTES` (nothing it writes reaches the grader's disk; the rest of
/dev is read-only); no network; its own PID, IPC and
user namespaces, no capabilities, a new session (no terminal injection), and
``--die-with-parent``: when the judge kills it, or dies, every process the
submission started dies too. bwrap itself is started from the scrubbed
environment (``--clearenv`` alone leaves the caller's environment readable in
``/proc/1/environ`` inside the sandbox).

Without it (``--sandbox none``, or ``auto`` on a machine without bwrap) the
worker still gets the scrubbed environment, a temporary cwd and HOME, the
resource limits below and a kill of its whole process tree, but it can read
and write whatever the user running xval can: the result says it was not
sandboxed. Graders should pass ``--require-sandbox``.

The limits (:func:`apply_limits`, set by the worker on itself before it loads
the submission): address space, CPU seconds, size of any file it writes, open
files, and no new processes or threads where the kernel enforces it.
"""

from __future__ import annotations

import functools
import os
import resource
import shutil
import subprocess
import sys
import sysconfig
import time
from dataclasses import dataclass
from pathlib import Path

from xval.impl.errors import InputError

MODES = ("auto", "bwrap", "none")
ENV_KEEP = ("LANG", "LC_ALL", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
"""The only variables of the caller's environment a worker sees (plus PATH, HOME, TMPDIR set by xval)."""


@dataclass(frozen=True)
class Limits:
    """Resource limits of one worker (0 = unlimited)."""

    memory: int = 3 << 30  # address space, bytes: numpy and its BLAS threads reserve ~0.5 GB of it
    cpu_seconds: int = 0  # set from the check's time limit
    file_size: int = 16 << 20
    open_files: int = 64
    processes: bool = False  # may the submission start processes or threads?


def apply_limits(limits: Limits) -> None:
    """Set ``limits`` on this process (the worker, before it runs any submitted code)."""
    pairs = [(resource.RLIMIT_AS, limits.memory), (resource.RLIMIT_CPU, limits.cpu_seconds),
             (resource.RLIMIT_FSIZE, limits.file_size), (resource.RLIMIT_NOFILE, limits.open_files),
             (resource.RLIMIT_CORE, 0)]
    if not limits.processes:
        pairs.append((resource.RLIMIT_NPROC, 0))  # a fork or a thread fails (root with capabilities is exempt)
    for which, value in pairs:
        if value or which in (resource.RLIMIT_CORE, resource.RLIMIT_NPROC):
            resource.setrlimit(which, (value, value))


TMPFS_BYTES = 64 << 20
"""Size of each tmpfs the sandbox gives a worker (its cwd, which is its HOME, /tmp and /dev/shm): what a
submission writes stays in memory the kernel caps at this, never on the grader's disk (the file-size limit alone
caps each file, not how many it writes)."""


@functools.lru_cache(maxsize=None)
def sized_tmpfs() -> bool:
    """Whether this bwrap can cap a tmpfs's size (``--size``, bubblewrap 0.7 and later)."""
    path = bwrap_path()
    if path is None:
        return False
    try:
        out = subprocess.run([path, "--help"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return False
    return "--size" in out.stdout + out.stderr


@functools.lru_cache(maxsize=None)
def bwrap_path() -> str | None:
    """The bwrap binary when it exists and can create a sandbox here (user namespaces allowed), else None."""
    path = shutil.which("bwrap")
    if path is None:
        return None
    try:
        probe = subprocess.run([path, "--unshare-all", "--die-with-parent", "--ro-bind", "/", "/", "true"],
                               env={}, capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return path if probe.returncode == 0 else None


def resolve_mode(mode: str, require: bool = False) -> str:
    """``bwrap`` or ``none`` for the mode asked; a sandbox asked for but missing is an :class:`InputError`."""
    if mode not in MODES:
        raise InputError(f"--sandbox: expected one of {', '.join(MODES)}, found {mode!r}")
    have = bwrap_path() is not None
    if (mode == "bwrap" or require) and not have:
        raise InputError("no working sandbox: bubblewrap (bwrap) is not installed or cannot create namespaces "
                         "here; install it (apt-get install bubblewrap) or run without --require-sandbox")
    if mode == "none" and require:
        raise InputError("--require-sandbox contradicts --sandbox none")
    return "bwrap" if mode in ("auto", "bwrap") and have else "none"


def worker_env(home: str) -> dict[str, str]:
    env = {k: os.environ[k] for k in ENV_KEEP if k in os.environ}
    env.update(PATH="/usr/local/bin:/usr/bin:/bin", HOME=home, TMPDIR=home)
    return env


def _read_only_paths() -> list[str]:
    """What the worker's interpreter needs: the Python installation, its packages, xval's own folders."""
    import xval.impl
    import xval.reference
    import xval.reports

    paths = {sys.prefix, sys.base_prefix, sys.exec_prefix, os.path.dirname(os.path.realpath(sys.executable))}
    paths.update(v for k, v in sysconfig.get_paths().items() if k in ("stdlib", "platstdlib", "purelib", "platlib"))
    for pkg in (xval.impl, xval.reference, xval.reports):
        paths.update(pkg.__path__)
    paths = {os.path.realpath(p) for p in paths if os.path.exists(p)} | {p for p in paths if os.path.exists(p)}
    return sorted(p for p in paths if not any(p != q and p.startswith(q.rstrip("/") + "/") for q in paths))


def _system_binds() -> list[str]:
    """/usr read-only, and /bin, /lib, /lib64, /sbin as the host has them (symlinks into /usr, or folders)."""
    args = ["--ro-bind", "/usr", "/usr"]
    for top in ("/bin", "/sbin", "/lib", "/lib32", "/lib64"):
        if os.path.islink(top):
            args += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            args += ["--ro-bind", top, top]
    if os.path.exists("/etc/ld.so.cache"):
        args += ["--ro-bind", "/etc/ld.so.cache", "/etc/ld.so.cache"]
    return args


def command(mode: str, argv: list[str], submission: Path, workdir: str, folder: bool = False,
            extra: tuple[str, ...] = ()) -> list[str]:
    """The command line that runs ``argv`` (the worker) in ``mode`` with ``workdir`` as cwd and HOME.

    The sandbox shows the submission file alone, or with ``folder`` (``--allow-local-imports``) its folder,
    and the grader's ``extra`` files (an ``--adapter``), read-only.
    """
    if mode == "none":
        return argv
    real = str(submission.resolve().parent if folder else submission.resolve())
    sized = ["--size", str(TMPFS_BYTES)] if sized_tmpfs() else []
    args = [bwrap_path() or "bwrap", "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
            *_system_binds(), "--proc", "/proc", "--dev", "/dev", *sized, "--tmpfs", "/tmp"]
    if sized:  # bwrap's /dev is an uncapped tmpfs: its /dev/shm a capped one, the rest read-only
        args += [*sized, "--tmpfs", "/dev/shm", "--remount-ro", "/dev"]
    for p in _read_only_paths():
        args += ["--ro-bind", p, p]
    for f in (real, *(os.path.realpath(e) for e in extra)):
        args += ["--ro-bind", f, f]
    # its cwd and HOME: a capped tmpfs at the work folder's path (the folder itself, on the grader's disk, stays
    # empty), or that folder bound where this bwrap cannot cap one
    args += [*sized, "--tmpfs", workdir] if sized else ["--bind", workdir, workdir]
    return [*args, "--chdir", workdir, "--", *argv]


PR_SET_CHILD_SUBREAPER = 36


@functools.lru_cache(maxsize=None)
def become_subreaper() -> bool:
    """Make this process the reaper of its orphaned descendants (Linux), so a double fork cannot escape.

    Without it a grandchild whose parent exits is adopted by init, outside
    any tree xval can walk; with it, the judge adopts it and kills it.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def start_ticks(pid: int) -> int:
    """When ``pid`` started, in clock ticks since boot (0 when it is gone)."""
    try:
        return int(_stat(pid)[19])
    except (OSError, IndexError, ValueError):
        return 0


def kill_tree(pid: int, since: int, spare: set[int] = frozenset()) -> None:
    """SIGKILL ``pid``, its descendants, and orphans this process adopted since tick ``since`` (``--sandbox none``).

    ``spare``: this process's children that are not the submission's (other
    workers running at the same time). Scanned again until a scan finds no one
    left alive: a process caught in the middle of a fork by one scan leaves a
    child that only the next one sees (seen under load on two cores).
    """
    me, killed = os.getpid(), set()
    for _ in range(KILL_ROUNDS):
        victims = [*_descendants(pid), pid]
        for child in _descendants(me, depth=1):
            if child != pid and child not in spare and start_ticks(child) >= since:
                victims += [*_descendants(child), child]
        alive = [p for p in victims if p not in killed or _alive(p)]
        if not alive:
            break
        for p in alive:
            try:
                os.kill(p, 9)
            except (ProcessLookupError, PermissionError):
                pass
            killed.add(p)
        for p in alive:
            if p != pid:
                try:
                    os.waitpid(p, os.WNOHANG)  # adopted orphans are ours to reap
                except ChildProcessError:
                    pass
        time.sleep(0.005)


KILL_ROUNDS = 20
"""At most this many scans of a tree being killed (each a few milliseconds; one suffices unless a fork races it)."""


def _alive(pid: int) -> bool:
    """Whether ``pid`` still runs (a zombie, killed and waiting to be reaped, does not)."""
    try:
        return _stat(pid)[0] != "Z"
    except (OSError, IndexError):
        return False


def tree_cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) used so far by ``pid`` and its live descendants, read from /proc by the judge
    (a figure the submission cannot forge); 0.0 for processes already gone."""
    total = 0
    for p in [pid, *_descendants(pid)]:
        try:
            fields = _stat(p)
            total += sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime (clock ticks)
        except (OSError, IndexError, ValueError):
            continue
    return total / os.sysconf("SC_CLK_TCK")


def _stat(pid: int | str) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def _descendants(pid: int, depth: int = 1 << 30) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                children.setdefault(int(_stat(entry)[1]), []).append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    out, level, todo = [], 0, [pid]
    while todo and level < depth:
        nxt = [c for p in todo for c in children.get(p, [])]
        out += nxt
        todo, level = nxt, level + 1
    return out
