"""Private temporary folders, uploads with a byte cap, and zip archives of drafts unpacked safely.

Everything a request writes goes into a folder of its own under the server's private
root (mode 0700), removed when the request ends; uploads are stored under neutral names
(``concept.docx``), so no file name of a resident's letter reaches the disk or a log.
An archive is unpacked with the reader's bounds (``wmo_docs.reading.limits``): number of
members, uncompressed size per member and in total, compression ratio; sizes are counted
while unpacking because the sizes a zip declares can lie.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any

from wmo_docs.reading import SUPPORTED_SUFFIXES, limits
from wmo_docs.web.problems import Problem
from wmo_docs.web.security import too_large_detail
from wmo_docs.web.settings import Settings, megabytes

CHUNK = 1024 * 1024


def make_root() -> Path:
    """The server's private temp root (0700); tempfile's default for this process points here too."""
    root = Path(tempfile.mkdtemp(prefix="wmo-docs-serve-"))
    os.chmod(root, 0o700)
    return root


@contextmanager
def private_dir(root: Path) -> Iterator[Path]:
    """A fresh folder for one request, removed afterwards whatever happens."""
    folder = Path(tempfile.mkdtemp(prefix="verzoek-", dir=root))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def suffix_of(filename: str | None) -> str:
    return PurePosixPath((filename or "").replace("\\", "/")).suffix.lower()


def display_name(filename: str | None, default: str) -> str:
    """The file's own name (no folders) for the report the user gets back; never logged or stored."""
    name = PurePosixPath((filename or "").replace("\\", "/")).name.strip()
    return "".join(ch for ch in name if ch.isprintable())[:200] or default


async def save_upload(upload: Any, folder: Path, stem: str, max_bytes: int, what: str) -> Path:
    """Copy an uploaded file to ``folder/<stem><suffix>``, refusing more than ``max_bytes`` (413)."""
    target = folder / f"{stem}{suffix_of(upload.filename)}"
    size = 0
    with open(target, "wb") as out:
        while True:
            chunk = await upload.read(CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise Problem(413, too_large_detail(f"{what} is groter dan {megabytes(max_bytes)}"))
            out.write(chunk)
    return target


def is_upload(value: Any) -> bool:
    return hasattr(value, "filename") and hasattr(value, "read")


def _bomb(why: str) -> Problem:
    return Problem(413, f"het zip-bestand lijkt een zip-bom: {why}. wmo-docs pakt het niet uit om het systeem "
                        "te beschermen. Maak een nieuw zip-bestand van alleen de concepten (.docx, .pdf, .txt, .md).")


def extract_archive(archive: Path, dest: Path, settings: Settings) -> tuple[int, int]:
    """Unpack the drafts of a zip into ``dest``; return (drafts, members skipped). Raises Problem."""
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError):
        raise Problem(422, "het bestand is geen geldig zip-archief. Maak in de verkenner een "
                           "gecomprimeerde map (.zip) van de concepten en probeer het opnieuw.") from None
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > settings.max_archive_members:
            raise _bomb(f"het bevat {len(infos)} bestanden (hooguit {settings.max_archive_members})")
        if sum(i.file_size for i in infos) > settings.max_archive_inflated:
            raise _bomb(f"uitgepakt is het groter dan {megabytes(settings.max_archive_inflated)}")
        for info in infos:
            if info.file_size > limits.MAX_FILE_BYTES:
                raise _bomb(f"een bestand is uitgepakt groter dan {megabytes(limits.MAX_FILE_BYTES)}")
            if info.file_size > limits.RATIO_CHECK_FROM and info.file_size > limits.MAX_ZIP_RATIO * max(info.compress_size, 1):
                raise _bomb("een bestand is verdacht sterk gecomprimeerd")
        drafts = skipped = 0
        total = 0
        used: set[str] = set()
        for info in infos:
            rel = _safe_member(info)
            if rel is None or rel.lower() in used:
                skipped += 1
                continue
            used.add(rel.lower())
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            size = 0
            try:
                with zf.open(info) as src, open(target, "wb") as out:
                    while True:
                        chunk = src.read(CHUNK)
                        if not chunk:
                            break
                        size += len(chunk)
                        total += len(chunk)
                        if size > limits.MAX_FILE_BYTES:
                            raise _bomb(f"een bestand is uitgepakt groter dan {megabytes(limits.MAX_FILE_BYTES)}")
                        if total > settings.max_archive_inflated:
                            raise _bomb(f"uitgepakt is het groter dan {megabytes(settings.max_archive_inflated)}")
                        out.write(chunk)
            except Problem:
                raise
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, NotImplementedError):
                raise Problem(422, "het zip-bestand is beschadigd of versleuteld en kan niet worden uitgepakt. "
                                   "Maak het opnieuw, zonder wachtwoord.") from None
            drafts += 1
    if drafts == 0:
        raise Problem(422, "het zip-bestand bevat geen concepten (.docx, .pdf, .txt, .md).")
    return drafts, skipped


def _safe_member(info: zipfile.ZipInfo) -> str | None:
    """The member's relative path when it is a draft we unpack, else None (links, hidden, '..')."""
    mode = info.external_attr >> 16
    if mode and stat.S_ISLNK(mode):
        return None
    parts = [p for p in PurePosixPath(info.filename.replace("\\", "/")).parts if p not in ("", "/")]
    if not parts or any(p in (".", "..") or p.startswith((".", "~$")) or ":" in p for p in parts):
        return None
    if parts[0] == "__MACOSX" or PurePosixPath(parts[-1]).suffix.lower() not in SUPPORTED_SUFFIXES:
        return None
    clean = ["".join(ch for ch in p if ch.isprintable())[:120] or "_" for p in parts]
    return "/".join(clean)
