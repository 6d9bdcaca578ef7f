"""Fashion-MNIST: find it, read it (IDX, gzipped or not, or the notebook's .npy layout), verify it.

Search order (first hit wins): an explicit directory (``--data``),
``$FASHION_MNIST_DIR``, ``/usr/share/datasets/fashion-mnist`` (Debian package
``dataset-fashion-mnist``), then the user cache (``$XDG_CACHE_HOME/xval`` or
``~/.cache/xval``), downloading from the official mirror into it unless
``XVAL_OFFLINE=1``. Checksums are MD5s of the *decompressed* IDX bytes (Debian
re-gzips the files); for the .npy layout the IDX bytes are rebuilt from the
arrays, so an export of the real data verifies too.

Images come back as (N, 784) in the compute dtype, scaled by 1/255 exactly as
the notebook does; labels as int64.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import os
import struct
import sys
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .atomic import atomic_write
from .errors import InputError

SPLITS = ("train_x", "train_y", "test_x", "test_y")
IDX_NAMES = {
    "train_x": "train-images-idx3-ubyte",
    "train_y": "train-labels-idx1-ubyte",
    "test_x": "t10k-images-idx3-ubyte",
    "test_y": "t10k-labels-idx1-ubyte",
}
NPY_NAMES = {split: f"{split}.npy" for split in SPLITS}
MD5 = {
    "train_x": "f4a8712d7a061bf5bd6d2ca38dc4d50a",
    "train_y": "9018921c3c673c538a1fc5bad174d6f9",
    "test_x": "8181f5470baa50b63fa0f6fddb340f0a",
    "test_y": "15d484375f8d13e6eb1aabb0c3f46965",
}
IMAGES_MAGIC, LABELS_MAGIC = 2051, 2049
SYSTEM_DIR = Path("/usr/share/datasets/fashion-mnist")
MIRROR = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"
NOT_FOUND_HINT = (
    "install it with `apt-get install dataset-fashion-mnist` (Debian), or point --data "
    "(or $FASHION_MNIST_DIR) at a directory with the four IDX files or train_x.npy, train_y.npy, test_x.npy, test_y.npy"
)


@dataclass
class Dataset:
    """Fashion-MNIST ready to train on, and where it came from."""

    train_x: np.ndarray
    train_y: np.ndarray
    test_x: np.ndarray
    test_y: np.ndarray
    directory: Path
    origin: str  # "--data", "$FASHION_MNIST_DIR", "system package", "user cache"
    layout: str  # "idx" or "npy"
    files: dict[str, Path] = field(default_factory=dict)
    md5: dict[str, str | None] = field(default_factory=dict)
    checksums_ok: bool = False

    @property
    def source(self) -> str:
        return f"{self.directory} ({self.origin}, {self.layout} layout)"


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "xval" / "fashion-mnist"


def _layouts(directory: Path) -> dict[str, dict[str, Path | None]]:
    """Per layout ("npy", "idx") and split, the file in ``directory`` (IDX raw or .gz), None where missing."""
    def first(*paths: Path) -> Path | None:
        return next((p for p in paths if p.is_file()), None)

    return {"npy": {s: first(directory / n) for s, n in NPY_NAMES.items()},
            "idx": {s: first(directory / n, directory / f"{n}.gz") for s, n in IDX_NAMES.items()}}


def _find_files(directory: Path) -> tuple[str, dict[str, Path]] | None:
    """The layout and file paths in ``directory``, or None if neither layout is complete."""
    for layout, files in _layouts(directory).items():
        if all(files.values()):
            return layout, files
    return None


def _what_is_missing(directory: Path) -> str:
    """Why ``directory`` is not a Fashion-MNIST directory, naming the missing files of the nearer layout."""
    if not directory.exists():
        return ("does not exist; expected a directory with the four Fashion-MNIST IDX files or "
                "train_x.npy, train_y.npy, test_x.npy, test_y.npy")
    if not directory.is_dir():
        return "is a file; expected a directory with the four Fashion-MNIST IDX files or the notebook's .npy files"
    found = _layouts(directory)
    missing = {"npy": [NPY_NAMES[s] for s, f in found["npy"].items() if f is None],
               "idx": [f"{IDX_NAMES[s]}.gz" for s, f in found["idx"].items() if f is None]}
    if len(missing["npy"]) < len(missing["idx"]):
        return f"holds neither complete layout: the notebook .npy layout lacks {', '.join(missing['npy'])}"
    return f"holds neither complete layout: the IDX layout lacks {', '.join(missing['idx'])} (raw or .gz)"


def locate(data_dir: str | os.PathLike | None = None, download: bool | None = None) -> tuple[Path, str, str, dict]:
    """``(directory, origin, layout, files)`` of the first place that holds the data."""
    if data_dir is not None:
        candidates = [(Path(data_dir), "--data")]
    elif os.environ.get("FASHION_MNIST_DIR"):
        candidates = [(Path(os.environ["FASHION_MNIST_DIR"]), "$FASHION_MNIST_DIR")]
    else:
        candidates = [(SYSTEM_DIR, "system package"), (cache_dir(), "user cache")]
    for directory, origin in candidates:
        found = _find_files(directory) if directory.is_dir() else None
        if found:
            return directory, origin, found[0], found[1]
        if origin in ("--data", "$FASHION_MNIST_DIR"):
            raise InputError(f"{directory} (from {origin}): {_what_is_missing(directory)}")
    if download is None:
        download = os.environ.get("XVAL_OFFLINE", "") in ("", "0")
    if download and _download(cache_dir()):
        layout, files = _find_files(cache_dir())
        return cache_dir(), "user cache", layout, files
    raise InputError(f"Fashion-MNIST not found in {SYSTEM_DIR} or {cache_dir()}: {NOT_FOUND_HINT}")


def _download(target: Path) -> bool:
    """Fetch the four .gz files from the official mirror; False (and a note) if offline."""
    target.mkdir(parents=True, exist_ok=True)
    for name in IDX_NAMES.values():
        dest = target / f"{name}.gz"
        if dest.is_file():
            continue
        print(f"xval: downloading {MIRROR}{name}.gz to {target}", file=sys.stderr)
        try:
            with atomic_write(dest) as out, urllib.request.urlopen(MIRROR + name + ".gz", timeout=20) as resp:
                out.write(resp.read())
        except OSError as exc:
            print(f"xval: download failed ({exc})", file=sys.stderr)
            return False
    return True


def _read_bytes(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
        return gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise InputError(f"{path}: cannot read ({exc}); the file is truncated or corrupt, reinstall or re-download it") from None


def parse_idx(data: bytes, expected_magic: int, source: str) -> np.ndarray:
    """An IDX byte string (big-endian header, uint8 payload) as an array."""
    if len(data) < 8:
        raise InputError(f"{source}: expected an IDX file, found only {len(data)} bytes")
    (magic,) = struct.unpack(">i", data[:4])
    if magic != expected_magic:
        kind = "images" if expected_magic == IMAGES_MAGIC else "labels"
        raise InputError(
            f"{source}: expected IDX {kind} magic number {expected_magic}, found {magic}; "
            "the file is not an IDX file of this kind (wrong file, or corrupt)"
        )
    ndim = magic & 0xFF
    header = 4 + 4 * ndim
    dims = struct.unpack(f">{ndim}i", data[4:header])
    if len(data) - header != int(np.prod(dims)):
        raise InputError(
            f"{source}: IDX header promises {int(np.prod(dims))} bytes of shape {dims}, found {len(data) - header}; "
            "the file is truncated or corrupt"
        )
    return np.frombuffer(data, dtype=np.uint8, offset=header).reshape(dims)


def idx_bytes(arr: np.ndarray, is_images: bool) -> bytes | None:
    """The IDX file an array would come from (for checksums), or None if it is not uint8-valued."""
    if is_images:
        if arr.ndim not in (2, 3) or arr.shape[1:] not in ((28, 28), (784,)):
            return None
        dims, magic = (arr.shape[0], 28, 28), IMAGES_MAGIC
    else:
        dims, magic = (arr.shape[0],), LABELS_MAGIC
    if arr.dtype != np.uint8:
        if not np.issubdtype(arr.dtype, np.integer) or arr.min(initial=0) < 0 or arr.max(initial=0) > 255:
            return None
        arr = arr.astype(np.uint8)
    return struct.pack(f">i{len(dims)}i", magic, *dims) + np.ascontiguousarray(arr).tobytes()


def _load_npy(path: Path) -> np.ndarray:
    try:
        return np.load(path, allow_pickle=False)
    except ValueError as exc:
        raise InputError(f"{path}: expected a plain numeric .npy array, found pickled objects or a bad file ({exc})") from None
    except (OSError, EOFError) as exc:
        raise InputError(f"{path}: cannot read ({exc}); the file is truncated or corrupt") from None


def read_raw(layout: str, files: dict[str, Path]) -> tuple[dict[str, np.ndarray], dict[str, str | None]]:
    """The four raw arrays (images (N, 28, 28) or (N, D), labels (N,)) and the MD5 of each one's IDX bytes."""
    raw, md5 = {}, {}
    for split, path in files.items():
        is_images = split.endswith("_x")
        if layout == "idx":
            data = _read_bytes(path)
            raw[split] = parse_idx(data, IMAGES_MAGIC if is_images else LABELS_MAGIC, str(path))
        else:
            raw[split] = _load_npy(path)
            data = idx_bytes(raw[split], is_images)
        md5[split] = hashlib.md5(data).hexdigest() if data is not None else None
    return raw, md5


def prepare(raw: dict[str, np.ndarray], files: dict[str, Path], dtype=np.float64) -> dict[str, np.ndarray]:
    """Validate raw arrays and return x as (N, D) / 255 in ``dtype`` and y as int64."""
    out = {}
    for part in ("train", "test"):
        x, y = raw[f"{part}_x"], raw[f"{part}_y"]
        where = f"{files[part + '_x']} / {files[part + '_y']}"
        if x.ndim < 2 or not (np.issubdtype(x.dtype, np.integer) or np.issubdtype(x.dtype, np.floating)):
            raise InputError(f"{files[part + '_x']}: expected images of shape (N, 28, 28) or (N, 784), found {x.shape} {x.dtype}")
        if y.ndim != 1 or not np.issubdtype(y.dtype, np.integer):
            raise InputError(f"{files[part + '_y']}: expected integer labels of shape (N,), found {y.shape} {y.dtype}")
        if len(x) == 0:
            raise InputError(f"{files[part + '_x']}: expected at least one sample, found none")
        if len(x) != len(y):
            raise InputError(f"{where}: {len(x)} images but {len(y)} labels; they must match")
        if y.size and y.min() < 0:
            raise InputError(f"{files[part + '_y']}: labels must be class indices >= 0, found {y.min()}")
        out[f"{part}_x"] = (x.reshape(len(x), -1) / 255.0).astype(dtype, copy=False)
        out[f"{part}_y"] = y.astype(np.int64)
    return out


def load_fashion_mnist(
    data_dir: str | os.PathLike | None = None,
    dtype=np.float64,
    accept_checksum_mismatch: bool = False,
    download: bool | None = None,
) -> Dataset:
    """Find, read, verify and scale Fashion-MNIST (see the module docstring for the search order)."""
    directory, origin, layout, files = locate(data_dir, download)
    raw, md5 = read_raw(layout, files)
    checksums_ok = all(md5[s] == MD5[s] for s in SPLITS)
    if not checksums_ok and not accept_checksum_mismatch:
        split = next(s for s in SPLITS if md5[s] != MD5[s])
        found = md5[split] or "none (not uint8 28x28 Fashion-MNIST arrays)"
        raise InputError(
            f"{files[split]}: MD5 of the decompressed data is {found}, expected Fashion-MNIST's {MD5[split]}; "
            "the file is corrupt or other data: re-install it, or pass --accept-checksum-mismatch to use it anyway"
        )
    arrays = prepare(raw, files, dtype)
    return Dataset(**arrays, directory=directory, origin=origin, layout=layout, files=files, md5=md5,
                   checksums_ok=checksums_ok)


def export_npy(data_dir: str | os.PathLike | None, to: str | os.PathLike) -> dict[str, Path]:
    """Write the notebook's layout (uint8 ``train_x.npy`` (N, 28, 28) etc.) into ``to``, all or nothing."""
    directory, _, layout, files = locate(data_dir)
    raw, _ = read_raw(layout, files)
    to = Path(to)
    to.mkdir(parents=True, exist_ok=True)
    written = {split: to / NPY_NAMES[split] for split in SPLITS}
    with contextlib.ExitStack() as files:  # every file is replaced only once all four are written
        for split in SPLITS:
            np.save(files.enter_context(atomic_write(written[split])), raw[split], allow_pickle=False)
    return written
