"""One epoch of the notebook's schedule in numpy, torch and jax, side by side in one process run.

The schedule: 300 SGD steps of batch 200 in file order and an evaluation
(loss and accuracy on the full train and test sets) every 30 steps: 10
evaluations, as in the notebook's first epoch. Each backend runs at its best:
numpy is the product (impl), bit-faithful training steps and one-pass
evaluation; torch keeps tensors from NumPy memory, autograd for the step and
inference mode for evaluation; jax keeps params and data on the device and
jit-compiles the step and a chunk of evaluation. Warm-up (and JAX's compile)
is excluded; backends alternate within each repeat; the best repeat counts.
Thread counts are left as they are and printed. Between two timed epochs the
process sleeps SETTLE seconds, so that one library's idle threads have stopped
spinning on the cores before the next library starts (torch's OpenMP threads
spin for a while after each call; without the pause whoever runs after torch
loses up to 10%).

The default weights are the notebook's regime (unscaled standard normal,
saturated softmax); ``--init he`` times the well-scaled regime. In float32
the saturated regime makes subnormal numbers (probabilities below 1.2e-38 and
the deltas built from them): numpy and torch compute with them, as the
notebook does, at a penalty; XLA (jax) flushes them to zero.

    python benchmarks/epoch.py --dtype float64 --repeat 3 --json
    python benchmarks/epoch.py --table          # epoch time vs hidden width and batch size
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import sys
import time
import tracemalloc

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from xval.impl import mlp  # noqa: E402
from xval.impl.data import load_fashion_mnist  # noqa: E402
from xval.impl.weights import init_params, load_weights  # noqa: E402

BACKENDS = ("numpy", "torch", "jax")
SETTLE = 0.5
"""Seconds of sleep before each timed epoch (longer than OpenMP's default spin time, 200 ms)."""


def schedule_flops(sizes, n_steps, batch, n_evals, n_train, n_test) -> float:
    """FLOPs of the schedule's matrix products (forward, dW, delta propagation; one forward per eval)."""
    macs = sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
    back_delta = macs - sizes[0] * sizes[1]  # no delta for the input layer
    return 2.0 * (n_steps * batch * (2 * macs + back_delta) + n_evals * (n_train + n_test) * macs)


def gemm_peak(dtype, n=2048, repeat=5) -> float:
    """Best GFLOP/s of an n x n x n NumPy matrix product in ``dtype`` (the machine's BLAS limit)."""
    a = np.random.default_rng(0).standard_normal((n, n)).astype(dtype)
    a @ a
    best = min(_timed(lambda: a @ a) for _ in range(repeat))
    return 2 * n**3 / best / 1e9


def gemm_floor(sizes, n_steps, batch, n_evals, n_train, n_test, dtype, repeat=5) -> float:
    """Seconds the schedule's matrix products alone take in NumPy, on the schedule's own shapes.

    Every product of the epoch (per step: forward, delta propagation, dW; per
    evaluation: the forward over all of train, then all of test, as the product runs it),
    on random operands, nothing else: the floor any implementation using this
    BLAS would hit, closer to what is reachable than the square-GEMM peak
    (a (4096, 784) x (784, 256) product runs at ~75% of the 2048-cube rate here,
    a (200, 784) one at ~40%).
    """
    rng = np.random.default_rng(0)
    Ws = [rng.standard_normal((a, b)).astype(dtype) for a, b in zip(sizes[:-1], sizes[1:])]
    xb = rng.standard_normal((batch, sizes[0])).astype(dtype)
    acts = [xb] + [rng.standard_normal((batch, b)).astype(dtype) for b in sizes[1:]]
    xe = [rng.standard_normal((n, sizes[0])).astype(dtype) for n in (n_train, n_test)]

    def step():
        for i, W in enumerate(Ws):
            np.dot(acts[i], W)
        for i in range(len(Ws) - 1, -1, -1):
            np.dot(acts[i].T, acts[i + 1])
            if i > 0:
                np.dot(acts[i + 1], Ws[i].T)

    def evaluation():
        for a in xe:
            for W in Ws:
                a = np.dot(a, W)

    t_step = min(_timed(lambda: [step() for _ in range(30)]) for _ in range(repeat)) / 30
    t_eval = min(_timed(evaluation) for _ in range(repeat + 1))
    return n_steps * t_step + n_evals * t_eval


def _timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


class NumpyRunner:
    def __init__(self, params, data):
        self.init, self.d = params, data

    def reset(self):
        self.params = mlp.copy_params(self.init)

    def step(self, i, batch, lr):
        s = i * batch
        mlp.sgd_step_(self.params, self.d.train_x[s:s + batch], self.d.train_y[s:s + batch], lr)

    def evaluate(self):
        return mlp.evaluate(self.params, self.d.train_x, self.d.train_y), mlp.evaluate(self.params, self.d.test_x, self.d.test_y)


class TorchRunner:
    """torch at its best on CPU: tensors share NumPy's memory, autograd step, no autograd in evaluation."""

    def __init__(self, params, data):
        import torch

        from xval.reference.torch_oracle import TorchOracle

        self.torch, self.model = torch, TorchOracle
        self.init = [torch.from_numpy(np.ascontiguousarray(p)) for layer in params for p in layer]
        self.x, self.y = torch.from_numpy(data.train_x), torch.from_numpy(data.train_y)
        self.tx, self.ty = torch.from_numpy(data.test_x), torch.from_numpy(data.test_y)

    def reset(self):
        self.leaves = [t.clone().requires_grad_(True) for t in self.init]

    def step(self, i, batch, lr):
        torch, s = self.torch, i * batch
        yb = self.y[s:s + batch]
        logits = self.model.mlp_logits(self.leaves, self.x[s:s + batch])
        self.model.log_p_true_clipped(logits.detach(), yb).mean()  # the reported loss, as every backend does
        grads = torch.autograd.grad(self.model.mean_cross_entropy(logits, yb), self.leaves)
        with torch.no_grad():
            for p, g in zip(self.leaves, grads):
                p.sub_(lr * g)

    def evaluate(self):
        torch = self.torch
        out = []
        with torch.inference_mode():
            for x, y in ((self.x, self.y), (self.tx, self.ty)):
                logits = self.model.mlp_logits(self.leaves, x)
                loss = -float(self.model.log_p_true_clipped(logits, y).mean())
                out.append((loss, float((logits.argmax(dim=1) == y).double().mean())))
        return out


class JaxRunner:
    """jax at its best: params and data stay on the device, jit-compiled step and evaluation chunks."""

    CHUNK = 10_000

    def __init__(self, params, data):
        import jax
        import jax.numpy as jnp

        from xval.reference import jax_oracle
        from xval.reference.backends import get_backend

        get_backend("jax", data.train_x.dtype)  # switches x64 on for float64 and checks it
        self.jax, self.o = jax, jax_oracle
        self.init = [(jnp.asarray(W), jnp.asarray(b)) for W, b in params]
        self.x, self.y = jnp.asarray(data.train_x), jnp.asarray(data.train_y, dtype=jnp.int32)
        self.tx, self.ty = jnp.asarray(data.test_x), jnp.asarray(data.test_y, dtype=jnp.int32)
        self.step_fn = jax.jit(jax_oracle.pure_sgd_step)
        self.eval_fn = jax.jit(jax_oracle.eval_chunk)

    def reset(self):
        self.params = self.init

    def step(self, i, batch, lr):
        s = i * batch
        self.params, loss = self.step_fn(self.params, self.x[s:s + batch], self.y[s:s + batch], lr)

    def evaluate(self):
        out = []
        for x, y in ((self.x, self.y), (self.tx, self.ty)):
            parts = [self.eval_fn(self.params, x[s:s + self.CHUNK], y[s:s + self.CHUNK]) for s in range(0, len(x), self.CHUNK)]
            out.append((float(sum(p[0] for p in parts)) / len(x), int(sum(p[1] for p in parts)) / len(x)))
        self.jax.block_until_ready(self.params)
        return out


RUNNERS = {"numpy": NumpyRunner, "torch": TorchRunner, "jax": JaxRunner}


def run_epoch(runner, n_steps, batch, lr, eval_every) -> float:
    runner.reset()
    t = time.perf_counter()
    for i in range(n_steps):
        runner.step(i, batch, lr)
        if i % eval_every == 0:
            runner.evaluate()  # converts to Python floats: waits for asynchronous backends
    return time.perf_counter() - t


def numpy_eval_peak_bytes(params, data) -> int:
    """Peak bytes NumPy allocates during one full train-set evaluation (tracemalloc sees NumPy's allocator)."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    mlp.evaluate(params, data.train_x, data.train_y)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def benchmark(params, data, backends, repeat, batch, lr=0.005, eval_every=30, steps=None, log=print,
              weights="") -> dict:
    n_steps = steps or math.ceil(len(data.train_x) / batch)
    runners = {}
    for name in backends:
        runners[name] = RUNNERS[name](params, data)
        runners[name].reset()
        for i in range(2):  # warm-up: JIT compile, allocator, BLAS threads
            runners[name].step(i, batch, lr)
        runners[name].evaluate()
    times = {name: [] for name in backends}
    for r in range(repeat):
        order = backends[r % len(backends):] + backends[:r % len(backends)]  # alternate who goes first
        for name in order:
            time.sleep(SETTLE)
            times[name].append(run_epoch(runners[name], n_steps, batch, lr, eval_every))
            log(f"  repeat {r + 1}/{repeat} {name:6} {times[name][-1]:7.3f} s")
    sizes = [params[0][0].shape[0]] + [W.shape[1] for W, _ in params]
    n_evals = len(range(0, n_steps, eval_every))
    flops = schedule_flops(sizes, n_steps, batch, n_evals, len(data.train_x), len(data.test_x))
    seconds = {k: min(v) for k, v in times.items()}
    dtype = params[0][0].dtype
    peak = gemm_peak(dtype)
    floor = gemm_floor(sizes, n_steps, batch, n_evals, len(data.train_x), len(data.test_x), dtype)
    data_bytes = data.train_x.nbytes
    eval_peak = numpy_eval_peak_bytes(params, data)
    ratios = {f"numpy/{k}": seconds["numpy"] / seconds[k] for k in seconds if k != "numpy" and "numpy" in seconds}
    return {
        "dtype": str(dtype), "weights": weights, "sizes": sizes, "batch_size": batch, "steps": n_steps, "evaluations": n_evals,
        "seconds": seconds, "all_seconds": times, "gflop": flops / 1e9,
        "gflops": {k: flops / s / 1e9 for k, s in seconds.items()}, "peak_gflops": peak,
        "fraction_of_peak": {k: flops / s / 1e9 / peak for k, s in seconds.items()},
        "gemm_floor_seconds": floor, "fraction_of_gemm_floor": {k: floor / s for k, s in seconds.items()},
        "ratios": ratios,
        "memory": {"train_x_bytes": data_bytes, "numpy_eval_peak_bytes": eval_peak,
                   "numpy_eval_overhead": eval_peak / data_bytes, "process_max_rss_bytes":
                   resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024},
        "threads": thread_counts(backends),
        "machine": {"python": platform.python_version(), "numpy": np.__version__, "cpus": os.cpu_count(),
                    "processor": platform.machine()},
    }


def thread_counts(backends) -> dict:
    out = {"OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS"), "cpus": os.cpu_count()}
    try:
        from threadpoolctl import threadpool_info
        out["numpy_blas"] = [i["num_threads"] for i in threadpool_info() if i.get("user_api") == "blas"]
    except ImportError:
        pass
    if "torch" in backends:
        import torch
        out["torch"] = torch.get_num_threads()
    return out


def print_summary(res: dict) -> None:
    print(f"\n{res['dtype']} {'-'.join(map(str, res['sizes']))} ({res['weights']}), batch {res['batch_size']}: "
          f"{res['steps']} steps + {res['evaluations']} evaluations = {res['gflop']:.0f} GFLOP; "
          f"GEMM peak {res['peak_gflops']:.0f} GFLOP/s")
    for k, s in res["seconds"].items():
        print(f"  {k:6} {s:7.3f} s  {res['gflops'][k]:6.1f} GFLOP/s  {100 * res['fraction_of_peak'][k]:5.1f}% of peak  "
              f"{100 * res['fraction_of_gemm_floor'][k]:5.1f}% of the GEMM floor")
    print(f"  GEMM floor: the schedule's matrix products alone, same shapes, numpy: {res['gemm_floor_seconds']:.3f} s")
    for k, r in res["ratios"].items():
        print(f"  {k}: {r:.3f}")
    m = res["memory"]
    print(f"  numpy full-train evaluation allocates {m['numpy_eval_peak_bytes'] / 2**20:.1f} MiB at peak "
          f"({100 * m['numpy_eval_overhead']:.1f}% of the {m['train_x_bytes'] / 2**20:.0f} MiB of train_x)")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--weights", help="weights file (default: 784-256-128-10 from --init, seed 0)")
    p.add_argument("--init", choices=["normal", "he"], default="normal",
                   help="default weights' init when no --weights: normal (unscaled, the notebook's saturated "
                        "regime; default) or he")
    p.add_argument("--dtype", choices=["float64", "float32"], default="float64")
    p.add_argument("--repeat", type=int, default=3, help="timed epochs per backend (best counts; default 3)")
    p.add_argument("--batch-size", type=int, default=200)
    p.add_argument("--steps", type=int, help="steps per timed run (default: one epoch)")
    p.add_argument("--backends", default=",".join(BACKENDS), help="comma-separated (default numpy,torch,jax)")
    p.add_argument("--json", action="store_true", help="print the result as JSON on stdout (progress on stderr)")
    p.add_argument("--table", action="store_true",
                   help="markdown table of epoch seconds vs hidden width and batch size, float64 and float32")
    args = p.parse_args(argv)
    backends = [b for b in args.backends.split(",") if b]
    log = (lambda s: print(s, file=sys.stderr)) if args.json else print
    if args.table:
        return print_table(backends, args.repeat, log)
    dtype = np.dtype(args.dtype)
    data = load_fashion_mnist(dtype=dtype)
    params = load_weights(args.weights, dtype=dtype) if args.weights else init_params(init=args.init, dtype=dtype)
    weights = args.weights or f"init {args.init}, seed 0"
    res = benchmark(params, data, backends, args.repeat, args.batch_size, steps=args.steps, log=log, weights=weights)
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        print_summary(res)
    return 0


def print_table(backends, repeat, log) -> int:
    rows = ["| dtype | hidden | batch | " + " | ".join(f"{b} s" for b in backends) + " | numpy/jax | numpy/torch |",
            "|---|---|---|" + "---|" * (len(backends) + 2)]
    for dtype in (np.float64, np.float32):
        data = load_fashion_mnist(dtype=dtype)
        for hidden, batch in (((256, 128), 200), ((512, 256), 200), ((128, 64), 200), ((256, 128), 50), ((256, 128), 1000)):
            params = init_params((784, *hidden, 10), "he", seed=0, dtype=dtype)
            res = benchmark(params, data, backends, repeat, batch, log=log, weights="init he, seed 0")
            s = res["seconds"]
            rows.append(f"| {np.dtype(dtype).name} | {'-'.join(map(str, hidden))} | {batch} | "
                        + " | ".join(f"{s[b]:.2f}" for b in backends)
                        + f" | {s['numpy'] / s['jax']:.2f} | {s['numpy'] / s['torch']:.2f} |")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
