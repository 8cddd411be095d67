"""One batch audit from start to finish: discover, check in parallel, stream, summarise.

The CLI is a thin layer over ``run_audit``. Results are written as they arrive
(JSON Lines, CSV, the per-draft HTML reports), the whole-batch rule runs at the end,
and whatever happens — Ctrl-C included — the output that was asked for is left
complete and valid for the files that were done.
"""

from __future__ import annotations

import sys
from urllib.parse import quote
from collections.abc import Callable, Sequence
from contextlib import ExitStack, closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from wmo_docs.batch.dashboard import FileEntry, render_dashboard
from wmo_docs.batch.discover import Source, discover
from wmo_docs.batch.runner import default_jobs, min_files_for_workers, run_batch
from wmo_docs.batch.standaardmotivering import RULE, Group, find_groups, group_findings
from wmo_docs.batch.worker import Outcome, WorkerConfig, write_file_report
from wmo_docs.batch.writers import CsvWriter, JsonlWriter
from wmo_docs.errors import InputError
from wmo_docs.findings import Finding, Severity
from wmo_docs.outputs import write_atomic, write_error
from wmo_docs.profile import Profile, load_profile
from wmo_docs.report.model import FileReport

STREAMING = ("jsonl", "csv")


@dataclass
class AuditSettings:
    """What the user asked for on the command line."""

    fmt: str = "text"  # text | json | jsonl | csv | html
    output: Path | None = None
    jobs: int = field(default_factory=default_jobs)
    include: Sequence[str] = ()
    exclude: Sequence[str] = ()
    per_auteur: bool = False
    progress: bool = False
    profile: Path | None = None
    document: str | None = None
    soort: str | None = None
    select: Sequence[str] | None = None
    ignore: Sequence[str] | None = None
    checker: str | None = None  # dotted "module:function"; the engine's check_file by default
    case: Any = None  # the case (CaseFacts, dict or path) every draft of the run is checked against
    write_collected: bool = True  # False: text/json are left to the caller (the CLI's own formatters)


@dataclass
class AuditResult:
    """What the run produced; ``interrupted`` when Ctrl-C stopped it."""

    reports: list[FileReport]
    planned: int
    interrupted: bool = False
    groups: list[Group] = field(default_factory=list)


def _load_profile(profile: Path | None) -> Profile:
    """The profile once for the whole batch; an unusable one is an input error (exit 2)."""
    return load_profile(Path(profile) if profile else None)


def _standard_texts(profile: Profile) -> tuple[str, ...]:
    """Template text and text blocks of the profile's own letters, and its checks.standaardteksten."""
    from wmo_docs.render.standard_text import standard_texts  # docxtpl only when the rule runs

    return tuple(standard_texts(profile))


def _rule_setting(settings: AuditSettings, data: dict[str, Any]) -> Severity | None:
    """Severity of BATCH-STANDAARDMOTIVERING after the profile and --select/--ignore; None when off."""
    checks = data.get("checks") or {}
    off = [str(x).upper() for x in checks.get("uit") or []]
    ignore = [s.strip().upper() for s in settings.ignore or [] if s.strip()]
    select = [s.strip().upper() for s in settings.select or [] if s.strip()]
    if _matches(RULE, off + ignore) or (select and not _matches(RULE, select)):
        return None
    level = str((checks.get("ernst") or {}).get(RULE, "warning")).lower()
    return {"fout": Severity.ERROR, "waarschuwing": Severity.WARNING, "advies": Severity.INFO}.get(
        level, Severity(level) if level in ("error", "warning", "info") else Severity.WARNING
    )


def _matches(rule_id: str, codes: Sequence[str]) -> bool:
    """Prefix semantics of --select/--ignore: 'BATCH' selects every BATCH-* rule."""
    return any(rule_id == c or rule_id.startswith(c.rstrip("-") + "-") for c in codes)


def report_dir_for(output: Path) -> Path:
    """Folder next to the dashboard for the drafts' own reports: ``overzicht.html`` → ``overzicht-bestanden/``."""
    return output.with_name(f"{output.stem}-bestanden")


def _atomic_write(path: Path, text: str) -> None:
    """Write via a temporary file and rename: a reader never sees half a report."""
    write_atomic(path, text, force=True)  # the CLI refused an existing file before the batch began


def run_audit(
    paths: Sequence[Path | str],
    settings: AuditSettings,
    *,
    stdout: TextIO | None = None,
    progress_console: Any = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> AuditResult:
    """Check a batch and write the requested output; return the reports (without drafts)."""
    stdout = stdout or sys.stdout
    sources = discover(paths, settings.include, settings.exclude)
    if not sources:
        raise InputError("geen concepten gevonden (.docx, .pdf, .txt, .md). Controleer de map en de patronen bij --include/--exclude.")
    profile = _load_profile(settings.profile)
    batch_severity = _rule_setting(settings, profile.data)
    dashboard = settings.fmt == "html"
    report_dir: Path | None = None
    if dashboard and settings.output is not None:
        report_dir = report_dir_for(settings.output)
        try:
            report_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise write_error(exc, report_dir, "kan de map voor de rapporten niet maken") from None
    check_options = {
        k: v
        for k, v in {
            "profile": settings.profile, "document": settings.document, "soort": settings.soort,
            "select": list(settings.select) if settings.select else None,
            "ignore": list(settings.ignore) if settings.ignore else None,
            "case": settings.case,
        }.items()
        if v is not None
    }
    config = WorkerConfig(
        check_options=check_options,
        standaardteksten=_standard_texts(profile) if batch_severity is not None else (),
        standaardmotivering=batch_severity is not None,
        per_auteur=settings.per_auteur and dashboard,
        report_dir=str(report_dir) if report_dir else None,
        **({"checker": settings.checker} if settings.checker else {}),
    )
    result = AuditResult(reports=[], planned=len(sources))
    outcomes: list[Outcome] = []
    with ExitStack() as stack:
        writer = _open_writer(settings, stdout, stack)
        try:
            jobs = settings.jobs if len(sources) >= min_files_for_workers() else 1
            # The workers start before the progress bar's thread does, so they can be forked warm.
            with closing(run_batch(sources, config, jobs=jobs)) as stream:
                bar = _progress(stack, progress_console, len(sources)) if settings.progress else None
                for outcome in stream:
                    outcomes.append(outcome)
                    result.reports.append(outcome.report)
                    if writer is not None:
                        writer.file(outcome.report)
                    if bar is not None:
                        bar(outcome)
                    if on_outcome is not None:
                        on_outcome(outcome)
        except KeyboardInterrupt:
            result.interrupted = True
        if batch_severity is not None:
            result.groups = _apply_batch_rule(outcomes, batch_severity, writer, sources, report_dir)
        _finish(settings, writer, stdout, outcomes, result)
    return result


def _apply_batch_rule(
    outcomes: list[Outcome], severity: Severity, writer: Any, sources: Sequence[Source], report_dir: Path | None
) -> list[Group]:
    groups = find_groups(((o.index, o.passages) for o in outcomes), zaken={o.index: o.zaak for o in outcomes})
    if not groups:
        return groups
    by_index = {o.index: o for o in outcomes}
    names = {o.index: o.name for o in outcomes}
    extra = group_findings(groups, names, severity=severity)
    for index, findings in sorted(extra.items()):
        o = by_index[index]
        o.report.findings.extend(findings)
        o.report.findings.sort(key=_finding_order)
        if isinstance(writer, JsonlWriter):
            writer.supplement(o.report.path, findings)
        elif isinstance(writer, CsvWriter):
            writer.supplement(o.report, findings)
        if report_dir is not None and o.report_file:
            _rerender(report_dir, o, sources[index])
    return groups


def _finding_order(f: Finding) -> tuple:
    return (f.location.block if f.location else -1, f.location.start if f.location else 0, f.rule)


def _rerender(report_dir: Path, outcome: Outcome, source: Source) -> None:
    """The draft's own report again, now with the batch finding (the draft is read again, without NLP)."""
    from wmo_docs.reading import read_document

    try:
        outcome.report.draft = read_document(source.path)
        write_file_report(report_dir, outcome.index, outcome.report)
    except Exception:  # noqa: BLE001 - the earlier report stays; the dashboard still shows the finding
        pass
    finally:
        outcome.report.draft = None


def _open_writer(settings: AuditSettings, stdout: TextIO, stack: ExitStack) -> Any:
    if settings.fmt not in STREAMING:
        return None
    if settings.output is not None:
        try:
            settings.output.parent.mkdir(parents=True, exist_ok=True)
            stream = stack.enter_context(open(settings.output, "w", encoding="utf-8", newline=""))
        except OSError as exc:
            raise write_error(exc, settings.output) from None
    else:
        stream = stdout
    return JsonlWriter(stream) if settings.fmt == "jsonl" else CsvWriter(stream)


def _progress(stack: ExitStack, console: Any, total: int) -> Callable[[Outcome], None]:
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    console = console or Console(stderr=True)
    progress = stack.enter_context(
        Progress(
            TextColumn("[bold]Controleren"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[stand]}"),
            TimeElapsedColumn(),
            TextColumn("nog"),
            TimeRemainingColumn(),
            TextColumn("[dim]{task.fields[bestand]}"),
            console=console,
            transient=False,
        )
    )
    task = progress.add_task("controleren", total=total, stand="", bestand="")
    tally = {"error": 0, "warning": 0, "unread": 0}

    def advance(o: Outcome) -> None:
        if o.report.error:
            tally["unread"] += 1
        for f in o.report.findings:
            if f.severity.value in tally:
                tally[f.severity.value] += 1
        stand = f"{tally['error']} fouten · {tally['warning']} waarsch. · {tally['unread']} onleesbaar"
        name = o.name if len(o.name) <= 40 else "…" + o.name[-39:]
        progress.update(task, advance=1, stand=stand, bestand=name)

    return advance


def _finish(settings: AuditSettings, writer: Any, stdout: TextIO, outcomes: list[Outcome], result: AuditResult) -> None:
    reports = result.reports
    if writer is not None:
        writer.close(reports, result.planned, not result.interrupted)
        return
    if settings.fmt == "html":
        entries = [
            FileEntry(
                report=o.report,
                link=quote(f"{report_dir_for(settings.output).name}/{o.report_file}") if settings.output and o.report_file else None,
                author=o.author,
            )
            for o in outcomes
        ]
        text = render_dashboard(entries, result.groups, per_auteur=settings.per_auteur, planned=result.planned)
    elif not settings.write_collected:
        return
    elif settings.fmt == "json":
        from wmo_docs.report.json_report import render_json

        text = render_json(reports)
    else:
        from wmo_docs.report.text import render_text

        text = render_text(reports)
    if settings.output is not None:
        _atomic_write(settings.output, text)
    else:
        stdout.write(text)
        stdout.flush()
