"""Case validation: the schema (JSON Schema 2020-12) plus the Wmo 2015 / Awb domain rules.

Public API::

    validate_case(data, *, profile=None) -> list[Finding]
    load_and_validate(path, *, profile=None) -> tuple[dict, list[Finding]]

Every finding carries a stable rule ID (``SCHEMA``, ``CASUS-…``, see ``rules.toml``),
a Dutch message, a hint and the JSON pointer of the field it is about.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from wmo_docs.case.catalogue import catalogue, make_finding
from wmo_docs.case.rules import domain_findings, valid_profile_id
from wmo_docs.case.schema import case_validator, schema_findings
from wmo_docs.findings import Finding, Severity
from wmo_docs.jsonio import read_json
from wmo_docs.profile import Profile, load_profile
from wmo_docs.resources import data_path

__all__ = [
    "validate_case", "load_and_validate", "profile_for", "known_profiles", "is_valid",
    "catalogue", "case_validator",
]


def known_profiles() -> list[str]:
    """Ids of the bundled gemeente profiles."""
    root = data_path("profiles")
    return sorted(p.name for p in root.iterdir() if (p / "profile.json").is_file()) if root.is_dir() else []


@cache
def _cached_profile(folder: str) -> Profile:
    return load_profile(Path(folder))


def profile_for(gemeente: str) -> Profile | None:
    """The bundled profile with this id, or None when there is none (loaded once per process)."""
    if not valid_profile_id(gemeente):
        return None
    folder = data_path("profiles", gemeente)
    if not (folder / "profile.json").is_file():
        return None
    return _cached_profile(str(folder))


def validate_case(data: Any, *, profile: Profile | None = None) -> list[Finding]:
    """All findings for one case: schema errors first (in document order), then domain rules.

    ``profile`` overrides the profile named by ``zaak.gemeente``; without it the
    bundled profile of that id is used, and an unknown id is a ``CASUS-GEMEENTE``
    error (profile-dependent checks are then skipped). Raises InputError only when
    a bundled profile itself is broken.
    """
    findings = schema_findings(data)
    if profile is None and isinstance(data, dict):
        gemeente = data.get("zaak", {}).get("gemeente") if isinstance(data.get("zaak"), dict) else None
        if valid_profile_id(gemeente):
            profile = profile_for(gemeente)
            if profile is None:
                findings.append(make_finding("CASUS-GEMEENTE", "unknown", "/zaak/gemeente", value=gemeente,
                                             known=", ".join(known_profiles()) or "geen"))
    findings += domain_findings(data, profile, schema_ok=not findings)
    return findings


def load_and_validate(path: Path | str, *, profile: Profile | None = None) -> tuple[Any, list[Finding]]:
    """Read a case file safely (size, encoding, nesting bounded) and validate it.

    Raises :class:`~wmo_docs.errors.InputError` (Dutch message) when the file cannot be read.
    """
    data = read_json(Path(path), "casusbestand")
    return data, validate_case(data, profile=profile)


def is_valid(findings: list[Finding], *, strict: bool = False) -> bool:
    """No errors (and, with ``strict``, no warnings either)."""
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    return not any(f.severity in failing for f in findings)
