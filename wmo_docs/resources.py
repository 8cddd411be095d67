"""Locate the content folders (schemas, templates, checks, profiles, examples).

In a source checkout they sit at the top of the repository, where a gemeente edits
them; in an installed wheel they are shipped inside the package as ``_data``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_CONTENT = ("schemas", "templates", "checks", "profiles", "examples")


@cache
def data_root() -> Path:
    """Return the folder that holds the content folders."""
    shipped = _PACKAGE_DIR / "_data"
    if (shipped / "schemas").is_dir():
        return shipped
    return _PACKAGE_DIR.parent


def data_path(kind: str, *parts: str) -> Path:
    """Path inside one of the content folders, e.g. ``data_path("schemas", "case.schema.json")``."""
    if kind not in _CONTENT:
        raise ValueError(f"unknown content folder: {kind}")
    return data_root().joinpath(kind, *parts)


def default_profile_dir() -> Path:
    """The bundled demo profile (Voorbeeldstad), used when no --profile is given."""
    return data_path("profiles", "voorbeeldstad")
