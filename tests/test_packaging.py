"""The installed distribution holds every package of the three folders, under the one top-level name xval."""

from __future__ import annotations

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_folder_is_listed_for_the_wheel():
    """pyproject lists packages explicitly (the folders map onto xval.*): a new subpackage must be added there,
    or an installed (non-editable) xval lacks it while the editable checkout works."""
    tool = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(tool["packages"])
    folders = {f"xval.{'.'.join(p.parent.relative_to(ROOT).parts)}"
               for top in ("impl", "reference", "reports") for p in (ROOT / top).rglob("__init__.py")}
    assert folders == listed, f"missing from pyproject: {sorted(folders - listed)}; stale: {sorted(listed - folders)}"
    assert all(name.startswith("xval.") for name in listed)
    assert set(tool["package-dir"]) == {"xval.impl", "xval.reference", "xval.reports"}
