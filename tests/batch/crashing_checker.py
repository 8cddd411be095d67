"""A stand-in checker for runner tests: the real engine, except that some names crash the worker."""

from __future__ import annotations

import os
from pathlib import Path

from wmo_docs.check import check_file


def check_or_crash(path: Path, **options):
    """``*crash*`` kills the process outright (like a segfault in a reader); ``*boom*`` raises."""
    name = Path(path).name
    if "crash" in name:
        os._exit(70)
    if "boom" in name:
        raise RuntimeError("persoonsgegevens horen niet in een foutmelding: mevrouw Jansen")
    return check_file(path, **options)
