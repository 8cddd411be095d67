"""Generate beschikkingen and rapportages (.docx, PDF/A) from a validated case.

For case systems that call wmo-docs as a library::

    from wmo_docs.render import render_document
    data = render_document(case_dict, "beschikking")                 # .docx bytes
    path = render_document(Path("zaak.json"), "rapportage", pdf=True, output=Path("uit/"))
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from wmo_docs.errors import InputError
from wmo_docs.findings import Finding
from wmo_docs.jsonio import read_json
from wmo_docs.profile import Profile, load_profile
from wmo_docs.render.context import DOCUMENTS, build_context
from wmo_docs.render.engine import render_docx, template_path
from wmo_docs import outputs
from wmo_docs.render.validation import blocking, validate

Document = Literal["beschikking", "rapportage"]

__all__ = ["CaseInvalidError", "Document", "output_name", "profile_for_case", "render", "render_document"]


class CaseInvalidError(InputError):
    """The case has error-severity findings; ``findings`` holds all of them."""

    def __init__(self, findings: list[Finding], path: Path | str | None = None) -> None:
        self.findings = findings
        super().__init__(f"de casus is niet geldig ({len(blocking(findings))} fout(en)); er is niets gemaakt.", path)


def profile_for_case(case: Mapping[str, Any]) -> Profile:
    """The bundled profile named by the case's ``zaak.gemeente``, else the default profile."""
    zaak = case.get("zaak")
    gemeente = zaak.get("gemeente") if isinstance(zaak, Mapping) else None
    if isinstance(gemeente, str):
        try:
            from wmo_docs.case import profile_for
        except ImportError:  # pragma: no cover - case validation not installed
            profile_for = None
        found = profile_for(gemeente) if profile_for else None
        if found is not None:
            return found
    return load_profile(None)


def check_profile(case: Mapping[str, Any], profile: Profile, source: Path | None = None) -> None:
    """Refuse a letter in the name of the wrong gemeente."""
    zaak = case.get("zaak")
    gemeente = zaak.get("gemeente") if isinstance(zaak, Mapping) else None
    if gemeente and gemeente != profile.id:
        raise InputError(
            f"de casus hoort bij gemeente '{gemeente}', maar het profiel is '{profile.id}'. "
            "Kies het goede profiel met --profile.",
            source,
        )


def _check_document(document: str) -> None:
    if document not in DOCUMENTS:
        raise InputError(f"onbekend document '{document}'; kies beschikking of rapportage.")


def output_name(case: Mapping[str, Any], document: str, pdf: bool = False) -> str:
    """File name for a document: '<zaaknummer>-beschikking.docx', safe for any file system."""
    number = str(case.get("zaak", {}).get("zaaknummer", "zaak"))
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in number).strip(".-") or "zaak"
    return f"{safe}-{document}.{'pdf' if pdf else 'docx'}"


def render(case: Mapping[str, Any], document: Document, profile: Profile) -> bytes:
    """Render a case that is already valid to .docx bytes (no validation; the fast path)."""
    _check_document(document)
    if document == "beschikking" and not case.get("besluit"):
        raise InputError("de casus heeft geen besluit; een beschikking kan niet worden gemaakt.")
    context = build_context(case, profile, document)
    return render_docx(template_path(document, profile), context, profile)


def render_document(
    case: Mapping[str, Any] | Path | str,
    document: Document,
    *,
    profile: Profile | Path | str | None = None,
    pdf: bool = False,
    output: Path | str | None = None,
    force: bool = False,
) -> bytes | Path:
    """Validate a case and make its beschikking or rapportage.

    ``case`` is the case as a dict or the path of its JSON file. Returns the document's
    bytes (.docx, or PDF/A with ``pdf=True``), or — with ``output`` — the path written:
    ``output`` is a file path, or an existing folder to write '<zaaknummer>-<document>.docx'
    into. Raises CaseInvalidError (with the findings) for an invalid case and InputError
    (Dutch message) for any other problem; an existing file is kept unless ``force``.
    """
    _check_document(document)
    source: Path | None = None
    if isinstance(case, (str, Path)):
        source = Path(case)
        case = read_json(source, "casusbestand")
    if not isinstance(case, Mapping):
        raise InputError("een casus moet een JSON-object zijn.", source)
    if isinstance(profile, Profile):
        prof = profile
    else:
        prof = load_profile(Path(profile)) if profile else profile_for_case(case)
    findings = validate(case, prof)
    if blocking(findings):
        raise CaseInvalidError(findings, source)
    check_profile(case, prof, source)
    data = render(case, document, prof)
    if pdf:
        from wmo_docs.render.pdf import docx_to_pdf

        data = docx_to_pdf(data, Path(output_name(case, document)).stem)
    if output is None:
        return data
    name = output_name(case, document, pdf)
    return outputs.write_atomic(outputs.target(Path(output), name, fmt="pdf" if pdf else "docx"), data, force=force)
