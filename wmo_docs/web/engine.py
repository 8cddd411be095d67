"""The one door from the server to the library's validate / generate / check.

Single drafts are checked in the checker process (``checker``); the batch runs the library's
batch audit in this process, one draft at a time behind a lock (the pipeline is not documented
as thread-safe). Nothing here judges a case or a draft: the report shapes
are the CLI's own (``validate --format json``, ``check --format json``).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from wmo_docs import __version__
from wmo_docs.errors import InputError
from wmo_docs.jsonio import read_json

_CHECK_LOCK = threading.Lock()
_PDF_LOCK = threading.Lock()  # one LibreOffice at a time


def check_file_locked(path: Path, **options: Any):
    """``wmo_docs.check.check_file`` behind the pipeline lock (also the batch's checker)."""
    from wmo_docs.check import check_file

    with _CHECK_LOCK:
        return check_file(path, **options)


def read_case(raw: bytes, folder: Path, what: str = "de casus") -> Any:
    """Parse a case with the library's safe JSON reader (size, UTF-8, nesting); InputError if not JSON."""
    path = folder / "casus.json"
    path.write_bytes(raw)
    return read_json(path, what)


def case_facts(data: Any):
    """The case a draft is checked against, read once as the CLI's ``--case`` does (InputError if unusable)."""
    from wmo_docs.rules.case_facts import load_case

    if not isinstance(data, dict):
        raise InputError("de casus moet een JSON-object zijn.")
    return load_case(data)


def load_profile(folder: Path | None):
    from wmo_docs.profile import load_profile as load

    return load(folder) if folder else None


def validation_report(data: Any, profile_dir: Path | None, strict: bool = False) -> dict[str, Any]:
    """The report of ``wmo-docs validate --format json`` for one case (path: 'casus')."""
    from wmo_docs.case import validate_case
    from wmo_docs.commands.validate import CaseResult, _summary, exit_code

    result = CaseResult(path="casus", findings=validate_case(data, profile=load_profile(profile_dir)))
    results = [result]
    return {
        "tool": "wmo-docs", "version": __version__, "command": "validate", "strict": strict,
        "files": [r.to_dict(strict) for r in results], "summary": _summary(results, strict),
        "exit_code": exit_code(results, strict),
    }


def case_findings(data: Any, profile_dir: Path | None):
    from wmo_docs.case import validate_case

    return validate_case(data, profile=load_profile(profile_dir))


def generate(data: Any, document: str, pdf: bool, profile_dir: Path | None) -> tuple[bytes, str]:
    """(bytes, file name) of the document; CaseInvalidError (with findings) for an invalid case."""
    from wmo_docs.render import output_name, render_document

    if not isinstance(data, dict):
        raise InputError("een casus moet een JSON-object zijn.")
    if pdf:
        with _PDF_LOCK:
            content = render_document(data, document, profile=profile_dir, pdf=True)
    else:
        content = render_document(data, document, profile=profile_dir)
    assert isinstance(content, bytes)
    return content, output_name(data, document, pdf)


def is_limit_error(message: str) -> bool:
    """A refusal of the reader's size guards (zip bomb, too much text): the server answers 413."""
    from wmo_docs.reading import limits
    from wmo_docs.reading.safety import _bomb_message

    bomb = _bomb_message("\0").split("\0", 1)[0]
    return message.startswith(bomb) or message == limits.too_long_message()


def check(checker, path: Path, name: str, *, profile_dir: Path | None, document: str | None, case: Any,
          keep_draft: bool = True):
    """(FileReport named as the user named it, milliseconds of the library call) from the checker process."""
    options = {k: v for k, v in {"profile": profile_dir, "document": document, "case": case}.items() if v is not None}
    report, ms = checker.check(path, options, keep_draft)
    report.path = name
    return report, ms


def check_json(report) -> dict[str, Any]:
    from wmo_docs.report.json_report import report_dict

    return report_dict([report])


def check_html(report) -> str:
    from wmo_docs.report.html import render_html

    return render_html([report])


def check_docx(report, source: Path, folder: Path, profile_dir: Path | None = None) -> bytes:
    """The draft with one Word comment per finding (the CLI's ``--format docx``)."""
    from wmo_docs.report.docx_comments import annotate_docx

    named = report.path
    report.path = str(source)  # annotate_docx reads the draft from report.path
    try:
        out = folder / "opmerkingen.docx"
        from wmo_docs.profile import load_profile as load

        annotate_docx(report, out, author=load(profile_dir).organisatie)  # the gemeente, not "wmo-docs"
        return out.read_bytes()
    finally:
        report.path = named


def rules() -> list[dict[str, Any]]:
    """The rule catalogue as JSON (what ``wmo-docs rules`` shows), with the Markdown explanation."""
    from wmo_docs.rules.catalogue import load_rules
    from wmo_docs.rules.docs import applies_to_text, rule_markdown

    return [
        {
            "id": r.id, "titel": r.title, "ernst": r.severity.value, "ernst_label": r.severity.label,
            "geldt_voor": applies_to_text(r), "documenten": list(r.documents), "soorten": list(r.soorten),
            "grondslag": r.legal_basis, "waarom": r.rationale, "oplossing": r.fix,
            "uitleg_markdown": rule_markdown(r, heading="#"),
        }
        for r in load_rules()
    ]
