"""The one Finding type shared by case validation and draft checking.

A case finding points into the case JSON with a JSON pointer (like jsonschema's
error paths); a draft finding points to a block and character span of the draft.
Every formatter (text, JSON, HTML, .docx comments) reads this type only.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any


class Severity(str, Enum):
    """How bad a finding is; ordered error > warning > info."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]

    @property
    def label(self) -> str:
        """Dutch label for terminal and HTML output."""
        return {"error": "fout", "warning": "waarschuwing", "info": "advies"}[self.value]


@dataclass(frozen=True)
class Location:
    """Where in a draft a finding is: block index, character span in that block, the words."""

    block: int
    start: int
    end: int
    quote: str
    where: str = ""  # human description, e.g. "alinea 12" or "tabel 1, rij 2, kolom 3"


@dataclass(frozen=True)
class Finding:
    """One problem found in a case or a draft."""

    rule: str
    severity: Severity
    message: str
    legal_basis: str | None = None
    hint: str | None = None
    pointer: str | None = None  # JSON pointer into the case, e.g. "/client/bsn"
    location: Location | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for the JSON report; empty optional parts are left out."""
        data = asdict(self)
        data["severity"] = self.severity.value
        return {k: v for k, v in data.items() if v not in (None, {}, "")}


def worst(findings: list[Finding]) -> Severity | None:
    """The highest severity among findings, or None when there are none."""
    return max((f.severity for f in findings), key=lambda s: s.rank, default=None)
