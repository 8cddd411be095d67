"""What a check of one draft produced, as every report formatter sees it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from wmo_docs.findings import Finding, Severity
from wmo_docs.reading.model import Document
from wmo_docs.report.templating import shorten_at_word


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

    def with_heading(self, finding: Finding) -> Finding:
        """The finding with its place as a Word user finds it: the heading above it and the paragraph
        ("onder 'Bezwaar', alinea 36"). Block numbers alone cannot be found in Word."""
        loc = finding.location
        heading = self.heading_above(loc.block) if loc is not None else None
        if not heading or loc.where.startswith("onder "):
            return finding
        return replace(finding, location=replace(loc, where=f"onder '{heading}', {loc.where}"))

    def heading_above(self, block: int) -> str | None:
        """The nearest heading (a Word heading, or a short bold line) before or at ``block``."""
        if self.draft is None:
            return None
        blocks = self.draft.blocks
        for b in reversed(blocks[: min(block, len(blocks) - 1) + 1]):
            text = " ".join(b.text.split())
            if b.part == "body" and text and (b.is_heading or (b.bold and len(text) <= 60)):
                return shorten_at_word(text, 50)
        return None

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
