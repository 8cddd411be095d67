"""Check drafts (.docx, .pdf, .txt, .md) against the rule catalogue: the public API.

``check_file`` reads one draft and returns its FileReport; ``check_paths`` walks files,
folders and globs and yields one FileReport per file, turning an unreadable file into
a report with ``error`` set so the others still get checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from wmo_docs.errors import InputError
from wmo_docs.report.model import FileReport

__all__ = ["check_file", "check_paths", "DOCUMENT_KINDS", "SOORTEN"]

DOCUMENT_KINDS = ("beschikking", "rapportage")
SOORTEN = ("toekenning", "afwijzing", "gedeeltelijke toekenning", "wijziging", "beëindiging")


def _validate(document: str | None, soort: str | None) -> None:
    if document is not None and document not in DOCUMENT_KINDS:
        raise InputError(f"onbekend documentsoort '{document}'; kies uit: {', '.join(DOCUMENT_KINDS)}.")
    if soort is not None and soort not in SOORTEN:
        raise InputError(f"onbekende besluitsoort '{soort}'; kies uit: {', '.join(SOORTEN)}.")


def check_file(
    path: Path,
    *,
    profile: Path | None = None,
    document: str | None = None,
    soort: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    case: Path | str | Mapping[str, Any] | None = None,
) -> FileReport:
    """Check one draft. Raises InputError when the file (or profile, or case) cannot be used.

    ``case`` is the case JSON (a path, a dict or a loaded CaseFacts): it enables
    CASUS-CONSISTENTIE and TERMIJN-OVERSCHREDEN and sharpens the other rules."""
    from wmo_docs.reading import read_document
    from wmo_docs.rules.analysis import analyse
    from wmo_docs.rules.case_facts import load_case
    from wmo_docs.rules.catalogue import profile_rules
    from wmo_docs.rules.engine import run_rules, select_rules
    from wmo_docs.rules.profile import load_profile

    _validate(document, soort)
    prof = load_profile(profile)
    facts = load_case(case)
    draft = read_document(Path(path))
    if facts is not None:
        from wmo_docs.rules.case_identity import identity_mismatch

        mismatch = identity_mismatch(draft, facts)
        if mismatch:
            raise InputError(mismatch, path)
    analysis = analyse(draft, prof, kind=document, soort=soort, case=facts)
    rules = select_rules(select, ignore, off=prof.uit, extra=profile_rules(prof.regels, str(prof.path)))
    findings = run_rules(analysis, rules)
    report = FileReport(path=str(path), document=analysis.kind, soort=analysis.soort, findings=findings, draft=draft)
    report.findings = [report.with_heading(f) for f in findings]
    return report


def check_paths(
    paths: Iterable[Path | str],
    *,
    profile: Path | None = None,
    document: str | None = None,
    soort: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    case: Path | str | Mapping[str, Any] | None = None,
) -> Iterator[FileReport]:
    """One FileReport per draft; unreadable files get ``error`` and do not stop the batch."""
    _validate(document, soort)
    from wmo_docs.rules.case_facts import load_case
    from wmo_docs.rules.profile import load_profile

    load_profile(profile)  # a broken profile is a usage error for the whole run: raise now
    facts = load_case(case)  # so is a broken case file: read and validated once
    from wmo_docs.batch.discover import discover

    for path in (source.path for source in discover(paths)):
        try:
            yield check_file(path, profile=profile, document=document, soort=soort, select=select, ignore=ignore,
                             case=facts)
        except InputError as exc:
            yield FileReport(path=str(path), error=exc.message)
