"""The rule catalogue of case validation, read from ``rules.toml`` (data, not code).

Each rule has a stable ID, a Dutch title, a severity, a legal basis, a hint and the
message templates the rule functions fill in. ``make_finding`` is the one place
where a catalogue entry becomes a :class:`~wmo_docs.findings.Finding`.
"""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from wmo_docs.findings import Finding, Severity


@dataclass(frozen=True)
class CaseRule:
    """One entry of the catalogue."""

    id: str
    title: str
    severity: Severity
    legal_basis: str | None
    hint: str | None
    messages: dict[str, str]
    extra: dict[str, Any]


class _Lenient(dict):
    """Leaves unknown {placeholders} in a hint visible instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@cache
def catalogue() -> dict[str, CaseRule]:
    """All case rules by ID, loaded once per process."""
    raw = tomllib.loads(resources.files(__package__).joinpath("rules.toml").read_text(encoding="utf-8"))
    rules: dict[str, CaseRule] = {}
    for rule_id, entry in raw.items():
        rules[rule_id] = CaseRule(
            id=rule_id,
            title=entry["title"],
            severity=Severity(entry["severity"]),
            legal_basis=entry.get("legal_basis"),
            hint=entry.get("hint"),
            messages=dict(entry.get("messages", {})),
            extra={k: v for k, v in entry.items() if k not in {"title", "severity", "legal_basis", "hint", "messages"}},
        )
    return rules


def rule(rule_id: str) -> CaseRule:
    return catalogue()[rule_id]


def text(rule_id: str, key: str, **fields: Any) -> str:
    """A message template of a rule, filled in; unknown keys are a bug (KeyError)."""
    return rule(rule_id).messages[key].format(**fields)


def fill(template: str | None, fields: dict[str, Any]) -> str | None:
    if template is None:
        return None
    return string.Formatter().vformat(template, (), _Lenient(fields))


def make_finding(rule_id: str, key: str, pointer: str, *, hint: str | None = None, **fields: Any) -> Finding:
    """A Finding for rule ``rule_id`` with message ``key``; the hint defaults to the rule's hint."""
    entry = rule(rule_id)
    message = entry.messages[key].format(**fields)
    message = message[:1].upper() + message[1:]
    return Finding(
        rule=rule_id,
        severity=entry.severity,
        message=message,
        legal_basis=entry.legal_basis,
        hint=hint if hint is not None else fill(entry.hint, fields),
        pointer=pointer,
    )
