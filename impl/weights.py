"""Weights files: read safely, validate, initialise and write the notebook's format.

The notebook's ``weights.npy`` is ``np.save(path, {"w1": W1, "b1": b1, ...})``:
a .npy file holding a 0-d object array, i.e. a pickle. Loading it with
``np.load(allow_pickle=True)`` would run whatever the pickle asks for. Here the
pickle is read by :class:`_ArrayOnlyUnpickler`, which resolves only the few
globals NumPy needs to rebuild arrays and refuses every other one, so a
payload never runs. ``.npz`` archives are read with ``allow_pickle=False``.

Params come back as a list of ``(W, b)`` with ``W`` (fan_in, fan_out) and
``b`` (1, fan_out), C-contiguous, in the file's float dtype unless asked.
"""

from __future__ import annotations

import io
import os
import pickle
import re
import zipfile
from pathlib import Path

import numpy as np

from .errors import InputError
from .atomic import atomic_write
from .conventions import Params

DEFAULT_SIZES = (784, 256, 128, 10)
DEFAULT_INIT = "normal"
DEFAULT_SEED = 0
INITS = ("normal", "he", "xavier")

# What a pickled dict of float arrays may name, and nothing more.
_ALLOWED_GLOBALS = {
    ("numpy._core.multiarray", "_reconstruct"),
    ("numpy.core.multiarray", "_reconstruct"),  # files written by NumPy 1.x
    ("numpy", "ndarray"),
    ("numpy", "dtype"),
    ("_codecs", "encode"),  # protocol-2 pickles spell bytes this way
}
_DTYPE_CLASS_MODULES = ("numpy.dtypes",)
_KEY = re.compile(r"^([wb])(\d+)$")


class _ArrayOnlyUnpickler(pickle.Unpickler):
    """Unpickler that can rebuild NumPy arrays and dtypes, and refuses everything else."""

    def find_class(self, module: str, name: str):
        if (module, name) in _ALLOWED_GLOBALS or module in _DTYPE_CLASS_MODULES:
            if module == "numpy.core.multiarray":
                module = "numpy._core.multiarray"
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"refused to load global {module}.{name}")


def _read_npy_dict(path: Path) -> dict:
    with open(path, "rb") as f:
        try:
            version = np.lib.format.read_magic(f)
            if version == (1, 0):
                shape, _, dtype = np.lib.format.read_array_header_1_0(f)
            else:
                shape, _, dtype = np.lib.format.read_array_header_2_0(f)
        except ValueError as exc:
            raise InputError(
                f"{path}: expected a .npy file (np.save of a dict of arrays), found no valid .npy header ({exc})"
            ) from None
        if dtype != np.dtype(object) or shape != ():
            raise InputError(
                f"{path}: expected np.save of a dict {{'w1': ..., 'b1': ...}}, found a plain array "
                f"of shape {shape} and dtype {dtype}; save a dict of arrays, or an .npz archive"
            )
        try:
            obj = _ArrayOnlyUnpickler(io.BytesIO(f.read())).load()
        except pickle.UnpicklingError as exc:
            raise InputError(
                f"{path}: expected a pickled dict of NumPy arrays, found something else ({exc}); "
                "nothing in it was run. Re-save the weights with np.save(path, {'w1': W1, 'b1': b1, ...})"
            ) from None
        except Exception as exc:  # truncated or corrupt pickles raise many kinds of errors
            raise InputError(
                f"{path}: the pickled weights are truncated or corrupt ({type(exc).__name__}: {exc}); "
                "re-save or re-download the file"
            ) from None
    if isinstance(obj, np.ndarray) and obj.shape == () and obj.dtype == object:
        obj = obj.item()
    if not isinstance(obj, dict):
        raise InputError(f"{path}: expected a dict of arrays, found {type(obj).__name__}")
    return obj


def _read_npz_dict(path: Path) -> dict:
    try:
        with np.load(path, allow_pickle=False) as archive:
            return {k: archive[k] for k in archive.files}
    except ValueError as exc:  # object arrays inside need pickle: refused
        raise InputError(f"{path}: expected an .npz of plain numeric arrays, found pickled objects ({exc})") from None
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise InputError(f"{path}: the .npz archive is truncated or corrupt ({exc}); re-save it") from None


def read_weights_dict(path: str | os.PathLike) -> dict[str, np.ndarray]:
    """The raw ``{"w1": ..., "b1": ...}`` of a .npy (pickled dict) or .npz file, safely."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: weights file not found; create one with `xval init-weights -o {path}`")
    with open(path, "rb") as f:
        head = f.read(6)
    if head.startswith(b"PK"):
        return _read_npz_dict(path)
    if head == b"\x93NUMPY":
        return _read_npy_dict(path)
    raise InputError(
        f"{path}: expected a .npy (np.save of a dict) or .npz weights file, found neither "
        f"(first bytes {head!r})"
    )


def params_from_dict(raw: dict, source: str = "weights", dtype=None) -> Params:
    """Validate a ``{"w1", "b1", ...}`` dict and turn it into params (biases as (1, n))."""
    layers: dict[int, dict[str, object]] = {}
    for key, value in raw.items():
        m = _KEY.match(key) if isinstance(key, str) else None
        if not m or int(m.group(2)) < 1:
            raise InputError(
                f"{source}: unexpected key {key!r}; expected only w1, b1, w2, b2, ... (keys w<i>, b<i>, i >= 1)"
            )
        layers.setdefault(int(m.group(2)), {})[m.group(1)] = value
    if not layers:
        raise InputError(f"{source}: expected keys w1, b1, ...; found an empty dict")
    n_layers = max(layers)
    for i in range(1, n_layers + 1):
        missing = [f"{k}{i}" for k in "wb" if k not in layers.get(i, {})]
        if missing:
            raise InputError(
                f"{source}: keys must run w1, b1 .. w{n_layers}, b{n_layers} without gaps; "
                f"missing {', '.join(missing)}"
            )
    params: Params = []
    file_dtype = np.dtype(np.float32)
    for i in range(1, n_layers + 1):
        W, b = layers[i]["w"], layers[i]["b"]
        for name, arr in ((f"w{i}", W), (f"b{i}", b)):
            if not isinstance(arr, np.ndarray) or arr.dtype not in (np.float32, np.float64):
                found = arr.dtype if isinstance(arr, np.ndarray) else type(arr).__name__
                raise InputError(f"{source}: {name} must be a float32 or float64 array, found {found}")
            if not np.isfinite(arr).all():
                bad = int(np.size(arr) - np.isfinite(arr).sum())
                raise InputError(f"{source}: {name} holds {bad} NaN or Inf value(s); weights must be finite")
        if W.ndim != 2:
            raise InputError(f"{source}: w{i} must be 2-D (fan_in, fan_out), found shape {W.shape}")
        if b.shape not in ((W.shape[1],), (1, W.shape[1])):
            if b.size == W.shape[0]:
                raise InputError(
                    f"{source}: w{i} looks transposed: it is {W.shape} and b{i} has {b.size} entries, so w{i} is "
                    f"stored (fan_out, fan_in) as PyTorch's Linear does; xval expects (fan_in, fan_out): "
                    f"save w{i}.T ({W.shape[1]}, {W.shape[0]})"
                )
            raise InputError(
                f"{source}: b{i} must have shape ({W.shape[1]},) or (1, {W.shape[1]}) to match w{i} "
                f"{W.shape}, found {b.shape}"
            )
        if params and params[-1][0].shape[1] != W.shape[0]:
            prev = params[-1][0].shape
            transposed = W.shape[1] == prev[1]
            hint = f"; w{i} looks transposed: save w{i}.T (weights are (fan_in, fan_out))" if transposed else ""
            raise InputError(
                f"{source}: shapes do not chain: w{i - 1} is {prev} so w{i} needs {prev[1]} rows, found {W.shape}"
                + hint
            )
        file_dtype = np.result_type(file_dtype, W.dtype, b.dtype)
        params.append((W, b))
    target = np.dtype(dtype) if dtype is not None else file_dtype
    return [
        (np.array(W, dtype=target, order="C"), np.array(b, dtype=target, order="C").reshape(1, -1))
        for W, b in params
    ]


def load_weights(path: str | os.PathLike, dtype=None) -> Params:
    """Read, validate and return params from a weights file; ``dtype`` casts (default: the file's)."""
    return params_from_dict(read_weights_dict(path), source=str(path), dtype=dtype)


def check_fits_data(params: Params, n_features: int, labels: np.ndarray, source: str) -> None:
    """Raise unless the first layer takes ``n_features`` inputs and every label is an output class."""
    fan_in, n_classes = params[0][0].shape[0], params[-1][0].shape[1]
    if fan_in != n_features:
        raise InputError(
            f"{source}: w1 expects {fan_in} inputs per sample but the data has {n_features} features; "
            f"use weights whose w1 has {n_features} rows (e.g. xval init-weights --sizes {n_features},256,128,10)"
        )
    if labels.size and (labels.min() < 0 or labels.max() >= n_classes):
        raise InputError(
            f"{source}: labels must lie in 0..{n_classes - 1} for a {n_classes}-way output layer, "
            f"found labels from {labels.min()} to {labels.max()}"
        )


def init_params(sizes=DEFAULT_SIZES, init: str = DEFAULT_INIT, seed: int = DEFAULT_SEED, dtype=np.float64) -> Params:
    """Deterministic params for layer sizes (d0, d1, ..., dL); zero biases.

    ``normal`` is unscaled standard normal (the notebook's saturated regime),
    ``he`` scales by sqrt(2 / fan_in), ``xavier`` by sqrt(2 / (fan_in + fan_out)).
    """
    sizes = [int(s) for s in sizes]
    if len(sizes) < 2 or min(sizes) < 1:
        raise InputError(f"--sizes: expected at least two positive layer sizes like 784,256,10, found {sizes}")
    if init not in INITS:
        raise InputError(f"--init: expected one of {', '.join(INITS)}, found {init!r}")
    rng = np.random.default_rng(seed)
    params: Params = []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        scale = {"normal": 1.0, "he": np.sqrt(2.0 / fan_in), "xavier": np.sqrt(2.0 / (fan_in + fan_out))}[init]
        W = rng.standard_normal((fan_in, fan_out)) * scale
        params.append((W.astype(dtype), np.zeros((1, fan_out), dtype=dtype)))
    return params


def default_hidden(depth: int) -> list[int]:
    """The hidden widths of the default sizes at ``depth`` weight layers: the default's, the last repeated (3 layers:
    256, 128; 4: 256, 128, 128)."""
    hidden = list(DEFAULT_SIZES[1:-1])
    return (hidden + hidden[-1:] * depth)[: depth - 1]


def default_params(dtype=np.float64) -> Params:
    """The documented default: 784-256-128-10, unscaled standard normal, seed 0, zero biases."""
    return init_params(DEFAULT_SIZES, DEFAULT_INIT, DEFAULT_SEED, dtype)


DEFAULT_DESCRIPTION = (
    f"no --weights given: using the default {'-'.join(map(str, DEFAULT_SIZES))} MLP, "
    f"unscaled standard-normal weights (seed {DEFAULT_SEED}, zero biases), the notebook's saturated regime"
)


def to_dict(params: Params) -> dict[str, np.ndarray]:
    """The notebook's ``{"w1": W1, "b1": b1, ...}`` with biases of shape (n,)."""
    out: dict[str, np.ndarray] = {}
    for i, (W, b) in enumerate(params, start=1):
        out[f"w{i}"], out[f"b{i}"] = W, b.reshape(-1)
    return out


def save_weights(params: Params, path: str | os.PathLike) -> None:
    """Write the notebook's format (``.npy``, pickled dict) or ``.npz``, atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(path) as f:
        if path.suffix == ".npz":
            np.savez(f, **to_dict(params))
        else:
            np.save(f, to_dict(params), allow_pickle=True)
