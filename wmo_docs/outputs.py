"""Where output goes: one policy for every command that writes a file.

The rules (documented in the README under "Uitvoerbestanden"):

- ``-o NAAM.ext`` is taken literally: exactly that file is written, whatever dots the
  name has (``brief.v2.docx`` stays ``brief.v2.docx``).
- ``-o MAP/`` (trailing slash), an existing folder, or a name without an extension is
  a folder: the documented file name is used inside it. A name with an output extension
  (``een.docx``) is always a file: if a folder of that name is in the way, nothing is written.
- The extension must fit the format; when the format was not given it is taken from
  the extension. ``--format html -o rapport.json`` is an error, not a surprise.
- ``--force`` replaces only the exact file named, never a folder.
- Every write is atomic (temp file in the same folder, then rename), and every OS
  error (no permission, read-only, disk full, locked, a folder in the way) becomes a
  Dutch ``InputError`` that names the file, so the CLI exits with code 2.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from wmo_docs.errors import InputError, OutputExistsError

# Format -> the extensions a file of that format may have (first one is the default).
SUFFIXES: dict[str, tuple[str, ...]] = {
    "text": (".txt",),
    "json": (".json",),
    "jsonl": (".jsonl", ".ndjson"),
    "csv": (".csv",),
    "html": (".html", ".htm"),
    "docx": (".docx",),
    "pdf": (".pdf",),
}

_OS_MESSAGES = {
    errno.EACCES: "geen schrijfrechten. Kies een andere map of vraag om schrijfrechten",
    errno.EPERM: "geen schrijfrechten. Kies een andere map of vraag om schrijfrechten",
    errno.EROFS: "de map is alleen-lezen. Kies een andere map",
    errno.ENOSPC: "de schijf is vol. Maak ruimte vrij of kies een andere schijf",
    errno.EDQUOT: "de opslaglimiet (quota) is bereikt. Maak ruimte vrij of kies een andere schijf",
    errno.EFBIG: "het bestand wordt groter dan hier mag (bestandslimiet). Kies een andere schijf",
    errno.EISDIR: "dit is een map, geen bestand. Geef een bestandsnaam of zet een / achter de map",
    errno.ENOTDIR: "een deel van het pad is een bestand, geen map. Kies een ander pad",
    errno.EBUSY: "het bestand is in gebruik (open in Word?). Sluit het en probeer opnieuw",
    errno.ETXTBSY: "het bestand is in gebruik. Sluit het en probeer opnieuw",
    errno.ENAMETOOLONG: "de bestandsnaam is te lang. Kies een kortere naam",
}


def os_error_message(exc: OSError) -> str:
    """A Dutch sentence for an OS error while writing, with what to do about it."""
    return _OS_MESSAGES.get(exc.errno or 0, f"kan niet schrijven ({exc.strerror or exc}). Kies een andere plek")


def write_error(exc: OSError, path: Path | str, doing: str = "kan het bestand niet schrijven") -> InputError:
    """The InputError (exit 2) for an OS error while writing ``path``: what failed, why, what to do."""
    return InputError(f"{doing}: {os_error_message(exc)}.", path)


_KNOWN = {suffix for suffixes in SUFFIXES.values() for suffix in suffixes}


def is_folder(output: Path | str) -> bool:
    """A folder target: a trailing slash, or a name without an output extension that is a folder or has no extension.

    A name with an output extension (``een.docx``) is always a file, also when a folder of that
    name exists: then the write is refused instead of going silently into the folder.
    """
    text = str(output)
    path = Path(text)
    if text.endswith(("/", os.sep)):
        return True
    if path.suffix.lower() in _KNOWN:
        return False
    return path.is_dir() or not path.suffix


def format_for(output: Path, fmt: str | None, default: str, *, allowed: tuple[str, ...]) -> str:
    """The format to write: the one asked for, checked against -o's extension, or inferred from it."""
    if output is None or is_folder(output):
        return fmt or default
    suffix = output.suffix.lower()
    inferred = next((name for name in allowed if suffix in SUFFIXES[name]), None)
    if fmt is None:
        if inferred is None:
            wanted = ", ".join(SUFFIXES[name][0] for name in allowed)
            raise InputError(
                f"aan de extensie '{suffix}' is niet te zien welk formaat u wilt. Gebruik {wanted} "
                "of geef --format.",
                output,
            )
        return inferred
    if suffix not in SUFFIXES[fmt]:
        raise InputError(
            f"--format {fmt} past niet bij de extensie '{suffix}'. Noem het bestand "
            f"…{SUFFIXES[fmt][0]} of kies het formaat dat bij de naam hoort.",
            output,
        )
    return fmt


def target(output: Path | None, default_name: str, *, fmt: str, many: bool = False, base: Path | None = None) -> Path:
    """The exact file to write for ``-o output`` (``base``/default name when -o is absent).

    ``many`` is true when the command writes several files of this kind: -o must then be
    a folder, because one name cannot hold them all.
    """
    if output is None:
        return (base or Path.cwd()) / default_name
    if is_folder(output):
        if Path(output).exists() and not Path(output).is_dir():
            raise InputError("dit is een bestand, geen map. Geef een map of een bestandsnaam met extensie.", output)
        return Path(output) / default_name
    if many:
        raise InputError(
            "er worden meerdere bestanden gemaakt, dus -o moet een map zijn. Zet een / achter de naam "
            f"(bijvoorbeeld {Path(output).with_suffix('')}/).",
            output,
        )
    if Path(output).suffix.lower() not in SUFFIXES[fmt]:
        raise InputError(
            f"de extensie '{Path(output).suffix}' past niet bij een {fmt}-bestand; gebruik {SUFFIXES[fmt][0]}.",
            output,
        )
    return Path(output)


def sibling(path: Path, fmt: str) -> Path:
    """The companion file of ``path`` in another format: only the last extension changes."""
    return path.with_name(path.name[: len(path.name) - len(path.suffix)] + SUFFIXES[fmt][0])


def refuse_existing(path: Path, *, force: bool) -> None:
    """Stop before any work when ``path`` exists (without --force) or is a folder (always)."""
    if path.is_dir():
        raise InputError("hier staat een map met deze naam; er wordt niets overschreven. Kies een andere naam.", path)
    if path.exists() and not force:
        raise OutputExistsError("bestaat al; gebruik --force om het te overschrijven.", path)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes | str, *, force: bool = False) -> Path:
    """Write via a temp file in the target folder and os.replace, so a reader never sees half a file."""
    path = Path(path)
    refuse_existing(path, force=force)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise write_error(exc, path, "kan hier niet schrijven") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise write_error(exc, path) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
