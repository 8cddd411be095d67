"""Validate a case before rendering: a letter is only made from a valid case.

Uses ``wmo_docs.case.validate_case`` (schema and Wmo rules) when it is installed, and
falls back to the JSON Schema alone so rendering is never blocked on it.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
from collections.abc import Callable
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from wmo_docs.findings import Finding, Severity
from wmo_docs.profile import Profile
from wmo_docs.resources import data_path


@cache
def _schema_validator() -> Draft202012Validator:
    schema = json.loads(data_path("schemas", "case.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _schema_findings(data: Any) -> list[Finding]:
    findings = []
    for error in sorted(_schema_validator().iter_errors(data), key=lambda e: list(e.absolute_path)):
        pointer = "/" + "/".join(str(p) for p in error.absolute_path)
        findings.append(
            Finding(
                rule="SCHEMA",
                severity=Severity.ERROR,
                message=f"voldoet niet aan het casusschema ({error.validator}).",
                pointer=pointer,
                hint="Zie schemas/case.schema.json voor wat hier mag staan.",
            )
        )
    return findings


def _case_validator() -> Callable[..., list[Finding]] | None:
    if importlib.util.find_spec("wmo_docs.case") is None:
        return None
    module = importlib.import_module("wmo_docs.case")
    return getattr(module, "validate_case", None)


def validate(data: Any, profile: Profile) -> list[Finding]:
    """All findings for this case; error-severity findings block rendering."""
    validator = _case_validator()
    if validator is not None:
        return list(validator(data, profile=profile))
    return _schema_findings(data)


def blocking(findings: list[Finding]) -> list[Finding]:
    """The findings that make a case unfit to render."""
    return [f for f in findings if f.severity == Severity.ERROR]
