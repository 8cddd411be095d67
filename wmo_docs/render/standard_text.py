"""The fixed wording of a profile's own letters: template text and text blocks.

Text that comes from our templates is standard on purpose, so the batch rule
BATCH-STANDAARDMOTIVERING must not count it as copied motivation (the issue asks that
"template text that the profile marks as standard is not counted"; our templates are
marked standard by being the profile's templates).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from docx import Document as open_docx

from wmo_docs.profile import Profile
from wmo_docs.render.engine import template_path
from wmo_docs.render.textblocks import load_textblocks

_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_MIN_WORDS = 6  # shorter literal pieces ("Wij kennen u", "toe") are glue, not text


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@cache
def _literal_pieces(path_str: str, _mtime_ns: int) -> tuple[str, ...]:
    """Literal text between the Jinja tags of every paragraph and table cell of a template."""
    doc = open_docx(path_str)
    paragraphs = list(doc.paragraphs)
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    pieces = []
    for paragraph in paragraphs:
        for piece in _TAG.split(paragraph.text):
            piece = piece.strip(" ,:;()")
            if len(piece.split()) >= _MIN_WORDS:
                pieces.append(piece)
    return tuple(pieces)


def standard_texts(profile: Profile) -> list[str]:
    """Every fixed text of the profile's letters plus its ``checks.standaardteksten``."""
    texts = [t for t in _strings(load_textblocks(profile)) if len(t.split()) >= _MIN_WORDS]
    for document in ("beschikking", "rapportage"):
        path = template_path(document, profile)
        texts.extend(_literal_pieces(str(path), path.stat().st_mtime_ns))
    own = (profile.data.get("checks") or {}).get("standaardteksten") or []
    texts.extend(t for t in own if isinstance(t, str) and t.strip())
    return texts
