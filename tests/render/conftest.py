"""Shared fixtures: the example cases, the default profile, and rendered documents (once per session)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest
from docx.table import Table
from docx.text.paragraph import Paragraph

from wmo_docs.profile import load_profile

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples" / "cases").glob("*.json"))
CASE_01 = ROOT / "examples" / "cases" / "01-huishoudelijke-ondersteuning-natura.json"


def load_case(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def docx_text(data: bytes) -> str:
    """All text of a .docx in reading order: headers, body (paragraphs and table cells), footers."""
    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    for section in document.sections:
        lines += [p.text for p in section.header.paragraphs]
    for element in document.element.body.iterchildren():
        if element.tag.endswith("}p"):
            lines.append(Paragraph(element, document).text)
        elif element.tag.endswith("}tbl"):
            for row in Table(element, document).rows:
                lines.append(" | ".join(cell.text for cell in row.cells))
    for section in document.sections:
        lines += [p.text for p in section.footer.paragraphs]
    return "\n".join(lines)


@pytest.fixture(scope="session")
def profile():
    return load_profile(None)


@pytest.fixture(scope="session")
def rendered():
    """(case file name, document) -> .docx bytes, rendered once per session through the public API."""
    from wmo_docs.render import render_document

    cache: dict[tuple[str, str], bytes] = {}

    def get(path: Path, document: str) -> bytes:
        key = (path.name, document)
        if key not in cache:
            cache[key] = render_document(path, document)
        return cache[key]

    return get
