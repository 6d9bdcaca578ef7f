"""``xval check --dask ADDRESS``: the batch's per-file task on a Dask distributed cluster.

Scheduling, retries and worker membership are Dask's (the ``distributed``
package). xval adds a worker plugin that gives every worker, once, the check's
data pool and a :class:`xval.reports.check.warm.WarmPool` with one warm judge per
worker thread (torch, jax and the data imported once per judge). A task carries
one submission's bytes (the machines need not share a filesystem), writes them
to a fresh temporary directory on the worker, has a judge check it, and
returns the same :class:`xval.reports.check.batch.Result` as ``--jobs``, with
the submission's own path in place of the temporary one. The plugin is
removed at the end of the run, which stops its judges.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import uuid
from dataclasses import asdict
from pathlib import Path
from typing import Callable

from xval.impl.errors import InputError
from xval.reports.check.batch import Result, _failed
from xval.reports.check.report import shorten

THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")

try:  # the plugin must subclass Dask's; without distributed, --dask says how to install it
    from distributed import WorkerPlugin
except ImportError:  # pragma: no cover - exercised only without the dask extra
    WorkerPlugin = object


class Judges(WorkerPlugin):
    """Worker plugin: the data pool on the worker's disk and warm judges, one per worker thread."""

    def __init__(self, pool: bytes, worker_args: list[str], timeout: float):
        self.pool_bytes, self.worker_args, self.timeout = pool, worker_args, timeout
        self.judges = None
        self.directory = None

    def setup(self, worker) -> None:
        from xval.reports.check.warm import WarmPool

        self.directory = Path(tempfile.mkdtemp(prefix="xval-judges-", dir=worker.local_directory))
        pool = self.directory / "pool.npz"
        pool.write_bytes(self.pool_bytes)
        self.pool_bytes = b""
        n = max(1, worker.state.nthreads)
        env = dict(os.environ)
        for var in THREAD_VARS:  # share this machine's cores among the judges (unless the worker's env says)
            env.setdefault(var, str(max(1, (os.cpu_count() or 1) // n)))
        self.judges = WarmPool(pool, self.worker_args, n, self.timeout, env)

    def teardown(self, worker) -> None:
        if self.judges is not None:
            self.judges.close()
        if self.directory is not None:
            shutil.rmtree(self.directory, ignore_errors=True)


def check_remote(plugin: str, name: str, source: bytes) -> dict:
    """The task: check one submission (its original path ``name``, its bytes ``source``) on this worker."""
    from distributed import get_worker

    judges = get_worker().plugins[plugin].judges
    with tempfile.TemporaryDirectory(prefix="xval-submission-") as tmp:
        path = Path(tmp) / Path(name).name
        path.write_bytes(source)
        result = asdict(judges.check(path))
    text = json.dumps(result).replace(json.dumps(str(path))[1:-1], json.dumps(name)[1:-1])
    result = json.loads(text.replace(json.dumps(tmp)[1:-1], json.dumps(str(Path(name).parent))[1:-1]))
    for cell in ("message", "warnings"):  # the original name may be longer than the copy's: cut as --jobs would
        if isinstance(result["csv"].get(cell), str):
            result["csv"][cell] = shorten(result["csv"][cell])
    return result


def run_dask(address: str, files: list[Path], pool: Path, worker_args: list[str], timeout: float,
             progress: Callable[[int, int, Result], None] | None = None) -> list[Result]:
    """Check ``files`` on the cluster at ``address``; results in the order of ``files``."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise InputError("--dask needs the distributed package: pip install 'xval[dask]'") from None
    try:
        client = Client(address, timeout=30)
    except (OSError, TimeoutError) as exc:
        raise InputError(f"--dask {address}: cannot reach a Dask scheduler there ({exc}); start one with "
                         "`dask scheduler` and workers with `dask worker ADDRESS` (README: Grading)") from None
    name = f"xval-judges-{uuid.uuid4().hex[:12]}"
    results: list[Result | None] = [None] * len(files)
    try:
        client.register_plugin(Judges(pool.read_bytes(), worker_args, timeout), name=name)
        futures = {client.submit(check_remote, name, str(f), f.read_bytes(), pure=False,
                                 key=f"xval-check-{name[-12:]}-{i}"): i for i, f in enumerate(files)}
        for done, fut in enumerate(as_completed(futures), 1):
            i = futures[fut]
            try:
                results[i] = Result(**fut.result())
            except Exception as exc:  # noqa: BLE001 - a lost worker or a task error still gives a row
                results[i] = _failed(str(files[i]), "crashed", f"the Dask task failed: {type(exc).__name__}: "
                                     f"{exc}", 0.0)
            if progress:
                progress(done, len(files), results[i])
    finally:
        try:
            client.unregister_worker_plugin(name)
        except Exception:  # noqa: BLE001 - the cluster may be gone; the run's results stand
            pass
        client.close()
    return [r for r in results if r is not None]
