"""What a check of one draft produced, as every report formatter sees it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wmo_docs.findings import Finding, Severity
from wmo_docs.reading.model import Document


@dataclass
class FileReport:
    """The result for one input file: its findings, or the error that stopped reading it."""

    path: str
    document: str | None = None  # "beschikking" | "rapportage"
    soort: str | None = None  # toekenning, afwijzing, gedeeltelijke toekenning, wijziging, beëindiging
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None  # Dutch message when the file could not be read
    draft: Document | None = None  # kept for the html/docx formatters; not serialised

    def counts(self) -> dict[str, int]:
        """Number of findings per severity."""
        out = {s.value: 0 for s in Severity}
        for f in self.findings:
            out[f.severity.value] += 1
        return out

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "path": self.path,
            "document": self.document,
            "soort": self.soort,
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.error:
            data["error"] = self.error
        return data
