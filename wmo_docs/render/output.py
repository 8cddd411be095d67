"""Write output files atomically and never overwrite without being told to."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from wmo_docs.errors import InputError, OutputExistsError


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes, *, force: bool = False) -> Path:
    """Write via a temp file in the target folder and os.replace, so a reader never sees half a file."""
    path = Path(path)
    if path.exists() and not force:
        raise OutputExistsError("bestaat al; gebruik --force om het te overschrijven.", path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise InputError(f"kan niet schrijven in deze map ({exc.strerror}).", path.parent) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"kan het bestand niet schrijven ({exc.strerror}).", path) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
