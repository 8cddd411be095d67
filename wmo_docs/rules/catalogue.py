"""The rule catalogue: one TOML file per rule ID in ``checks/rules``.

Every rule shares one header (id, title, severity, applies_to, section, legal_basis,
rationale, fix, examples, limitations) and names its ``kind``; the kind's own keys
sit under ``[params]``. ``wmo-docs rules`` and the docs read the same files.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from wmo_docs.errors import InputError
from wmo_docs.findings import Severity
from wmo_docs.resources import data_path

KINDS = ("must_weigh", "must_be_present", "must_not_occur", "citations_resolve", "function")


@dataclass(frozen=True)
class RuleSpec:
    id: str
    title: str
    severity: Severity
    kind: str
    documents: tuple[str, ...]
    soorten: tuple[str, ...]  # empty: every soort
    sections: tuple[str, ...]
    legal_basis: str
    rationale: str
    fix: str
    example_fires: str = ""
    example_passes: str = ""
    limitations: str = ""
    definition: str = ""  # what counts, in the jurist's terms ("Een afweging is: …")
    # one (fires, passes, what it shows) example per failure class the rule knows
    cases: tuple[tuple[str, str, str], ...] = ()
    params: dict[str, Any] = field(default_factory=dict)

    def applies(self, document: str | None, soort: str | None) -> bool:
        if document and document not in self.documents:
            return False
        return not (self.soorten and soort and soort not in self.soorten)


def _prose(text: str) -> str:
    """Multi-line TOML prose as paragraphs: single newlines become spaces."""
    paras = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    return "\n\n".join(p for p in paras if p)


def _spec(data: dict, source: str) -> RuleSpec:
    missing = [k for k in ("id", "title", "severity", "kind", "legal_basis", "rationale", "fix") if k not in data]
    if missing:
        raise ValueError(f"{source}: ontbrekende sleutels {', '.join(missing)}")
    if data["kind"] not in KINDS:
        raise ValueError(f"{source}: onbekende kind '{data['kind']}' (kies uit {', '.join(KINDS)})")
    applies = data.get("applies_to") or {}
    return RuleSpec(
        id=data["id"],
        title=data["title"],
        severity=Severity(data["severity"]),
        kind=data["kind"],
        documents=tuple(applies.get("documents") or ("beschikking", "rapportage")),
        soorten=tuple(applies.get("soorten") or ()),
        sections=tuple(data.get("section") or ()),
        legal_basis=data["legal_basis"],
        rationale=_prose(data["rationale"]),
        fix=_prose(data["fix"]),
        example_fires=_prose(data.get("example_fires", "")),
        example_passes=_prose(data.get("example_passes", "")),
        limitations=_prose(data.get("limitations", "")),
        definition=_prose(data.get("definition", "")),
        cases=tuple((_prose(c["fires"]), _prose(c["passes"]), _prose(c["class"])) for c in data.get("cases", [])),
        params=dict(data.get("params") or {}),
    )


@cache
def load_rules() -> tuple[RuleSpec, ...]:
    """All rules, sorted by ID."""
    rules = []
    for file in sorted(data_path("checks", "rules").glob("*.toml")):
        with file.open("rb") as fh:
            spec = _spec(tomllib.load(fh), file.name)
        if spec.id != file.stem:
            raise ValueError(f"{file.name}: id '{spec.id}' hoort gelijk te zijn aan de bestandsnaam")
        rules.append(spec)
    return tuple(sorted(rules, key=lambda r: r.id))


PROFILE_KINDS = ("must_weigh", "must_be_present", "must_not_occur")


def profile_rules(regels: tuple[dict, ...], source: str) -> tuple[RuleSpec, ...]:
    """A gemeente's own rules from profile.json (``checks.regels``): the simple kinds only, no Python."""
    out = []
    for n, data in enumerate(regels, start=1):
        try:
            spec = _spec(dict(data), f"{source}: checks.regels[{n}]")
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"eigen regel {n} in checks.regels is ongeldig: {exc}", source) from None
        if spec.kind not in PROFILE_KINDS:
            raise InputError(
                f"eigen regel {spec.id} in checks.regels heeft kind '{spec.kind}'; in een profiel mogen alleen "
                f"{', '.join(PROFILE_KINDS)}.",
                source,
            )
        out.append(spec)
    return tuple(out)
