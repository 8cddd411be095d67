"""The glue between ``wmo-docs check`` and the batch audit, kept here so the command stays thin.

``wmo-docs check`` hands over when it gets a folder, several files or a streaming
format; it keeps single files and the Word-comments output for itself.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from wmo_docs.batch.session import AuditSettings, run_audit
from wmo_docs.errors import InputError
from wmo_docs.findings import Severity
from wmo_docs.report.model import FileReport

BATCH_FORMATS = ("jsonl", "csv")
EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def wants_batch(paths: Sequence[str], fmt: str) -> bool:
    """Batch mode: a streaming format, or a folder / several files / a pattern (not for docx output)."""
    if fmt in BATCH_FORMATS:
        return True
    if fmt == "docx":
        return False
    return len(paths) > 1 or any(Path(p).is_dir() or (not Path(p).exists() and glob.has_magic(p)) for p in paths)


def run_command(
    paths: Sequence[str],
    *,
    fmt: str,
    output: Path | None,
    force: bool,
    fail_on: str,
    emit: Callable[[list[FileReport]], None],
    jobs: int | None,
    include: Sequence[str],
    exclude: Sequence[str],
    per_auteur: bool,
    progress: bool | None,
    profile: Path | None,
    document: str | None,
    soort: str | None,
    select: Sequence[str],
    ignore: Sequence[str],
    case: Any = None,
) -> int:
    """Run the batch for the CLI and return the exit code (0, 1, 2 or 130 after Ctrl-C)."""
    from wmo_docs.batch.runner import default_jobs
    from wmo_docs.rules.profile import load_profile

    if output is not None:
        from wmo_docs.outputs import refuse_existing

        refuse_existing(output, force=force)
    if jobs is not None and jobs < 1:
        raise InputError("--jobs moet 1 of meer zijn.")
    if per_auteur and fmt != "html":
        click.echo("Let op: --per-auteur werkt alleen bij --format html; er worden geen auteurs getoond.", err=True)
    load_profile(profile)  # a broken profile is a usage error for the whole run: say so before starting
    settings = AuditSettings(
        fmt=fmt,
        output=output,
        jobs=jobs or default_jobs(),
        include=include,
        exclude=exclude,
        per_auteur=per_auteur,
        progress=sys.stderr.isatty() if progress is None else progress,
        profile=profile,
        document=document,
        soort=soort,
        select=list(select) or None,
        ignore=list(ignore) or None,
        case=case,
        write_collected=False,
    )
    result = run_audit(list(paths), settings)
    if fmt in ("text", "json"):
        emit(result.reports)
    elif output is not None:
        click.echo(f"Geschreven: {output}", err=True)
    if result.interrupted:
        click.echo(
            f"Afgebroken: {len(result.reports)} van {result.planned} bestanden gecontroleerd. "
            "Het rapport bevat alleen die bestanden.",
            err=True,
        )
        return EXIT_INTERRUPTED
    if any(r.error for r in result.reports):
        return EXIT_USAGE
    threshold = Severity(fail_on).rank
    if any(f.severity.rank >= threshold for r in result.reports for f in r.findings):
        return EXIT_FINDINGS
    return EXIT_OK
