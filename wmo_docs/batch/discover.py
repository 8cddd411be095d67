"""Find the drafts of a batch: folders walked recursively, filtered by glob patterns.

A month of a team's letters sits in nested folders next to Word lock files, hidden
sync folders and attachments; this decides what counts as a draft, in a fixed
order, so that two runs over the same folder report the same files in the same order.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath

from wmo_docs.reading import SUPPORTED_SUFFIXES


@dataclass(frozen=True)
class Source:
    """One file of the batch: where it is and how to name it in reports (relative to its root)."""

    path: Path
    name: str  # posix path relative to the folder given on the command line, or the path as given


def _matches(rel: str, patterns: Sequence[str]) -> bool:
    """A glob matches any run of whole path segments: "noord" a folder anywhere, "*.docx" a
    file name, "2025-0*/noord" a folder pair; case-insensitive, "/" or "\\" as separator."""
    parts = PurePosixPath(rel.lower()).parts
    runs = ["/".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)]
    for pattern in patterns:
        pat = pattern.lower().replace("\\", "/").strip("/")
        while pat.startswith("**/"):
            pat = pat[3:]
        if pat.endswith("/**"):
            pat = pat[:-3]
        if any(fnmatchcase(r, pat) for r in runs):
            return True
    return False


def _ignored_name(name: str) -> bool:
    """Hidden files, Word/LibreOffice lock files and temporary files are never drafts."""
    return name.startswith((".", "~$", ".~lock")) or name.endswith(("~", ".tmp"))


def discover(
    paths: Iterable[Path | str],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    suffixes: Sequence[str] = SUPPORTED_SUFFIXES,
) -> list[Source]:
    """The files to check, in a stable order.

    Folders are walked recursively (symlinked folders are not followed, so a link loop
    cannot hang the batch) and only files with a supported extension are taken; the
    ``include``/``exclude`` globs then filter on the path relative to that folder.
    A file named explicitly is always taken, so an unsupported one becomes an error
    entry instead of silently disappearing. Duplicates are dropped.
    """
    seen: set[Path] = set()
    out: list[Source] = []

    def add(path: Path, name: str) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            out.append(Source(path, name))

    given_paths = list(paths)
    suffixes_l = tuple(s.lower() for s in suffixes)
    for given in given_paths:
        root = Path(given)
        if not root.exists() and glob.has_magic(str(given)):  # a pattern the shell did not expand
            matches = sorted(glob.glob(str(given), recursive=True))
            for m in matches:
                if Path(m).is_file():
                    add(Path(m), m)
            if not matches:
                add(root, str(given))  # becomes "bestaat niet"
            continue
        if not root.is_dir():
            add(root, str(given))
            continue
        found: list[tuple[str, Path]] = []
        for folder, dirs, files in os.walk(root, followlinks=False):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for fname in files:
                if _ignored_name(fname) or not fname.lower().endswith(suffixes_l):
                    continue
                path = Path(folder) / fname
                rel = path.relative_to(root).as_posix()
                if include and not _matches(rel, include):
                    continue
                if exclude and _matches(rel, exclude):
                    continue
                found.append((rel, path))
        for rel, path in sorted(found, key=lambda t: (t[0].lower(), t[0])):
            add(path, rel if len(given_paths) == 1 else f"{root.as_posix().rstrip('/')}/{rel}")
    return out
