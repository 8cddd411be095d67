"""Read a .docx into blocks: body paragraphs and table cells in true reading order,
then headers and footers. Block text is exactly python-docx's ``paragraph.text`` so
that spans map back onto runs (Word comments in the .docx report).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from wmo_docs.errors import InputError
from wmo_docs.reading import limits
from wmo_docs.reading.model import Block, Document, Part
from wmo_docs.reading.safety import check_docx_container

_P = qn("w:p")
_TBL = qn("w:tbl")
_HEADING_PREFIXES = ("heading", "kop", "title", "titel", "subtitle", "ondertitel")


class _Collector:
    """Accumulates blocks and enforces the text-size bound while reading."""

    def __init__(self, path: Path, styles: dict[str, tuple[str, bool, bool]]) -> None:
        self.path = path
        self.styles = styles
        self.blocks: list[Block] = []
        self.chars = 0

    def add(self, para: Paragraph, part: Part, origin: tuple) -> None:
        text = para.text
        self.chars += len(text)
        if self.chars > limits.MAX_TEXT_CHARS:
            raise InputError(limits.too_long_message(), self.path)
        style_name, style_bold, style_heading = self._style(para)
        self.blocks.append(
            Block(
                index=len(self.blocks),
                text=text,
                part=part,
                style=style_name,
                is_heading=style_heading or _has_outline_level(para),
                bold=_all_bold(para, style_bold),
                origin=origin,
            )
        )

    def _style(self, para: Paragraph) -> tuple[str, bool, bool]:
        ppr = para._p.pPr
        style_id = ppr.style if ppr is not None else None
        return self.styles.get(style_id or "", ("", False, False))

    def add_table(self, table: Table, t: int, part: Part) -> None:
        cols = len(table.columns)
        seen: set[int] = set()
        cells = table._cells
        for i, cell in enumerate(cells):
            key = id(cell._tc)
            if key in seen:  # merged cell: read once, at its top-left position
                continue
            seen.add(key)
            r, c = divmod(i, cols) if cols else (i, 0)
            for k, para in enumerate(cell.paragraphs):
                self.add(para, part, ("cell", t, r, c, k))


def _style_table(document: Any) -> dict[str, tuple[str, bool, bool]]:
    """style id -> (name, bold, is heading), read once instead of per paragraph."""
    out: dict[str, tuple[str, bool, bool]] = {}
    for style in document.styles:
        try:
            name = style.name or ""
            bold = bool(getattr(style, "font", None) and style.font.bold)
        except Exception:  # exotic style types without font
            name, bold = getattr(style, "name", "") or "", False
        out[style.style_id] = (name, bold, name.lower().startswith(_HEADING_PREFIXES))
    return out


def _has_outline_level(para: Paragraph) -> bool:
    ppr = para._p.pPr
    if ppr is None:
        return False
    lvl = ppr.find(qn("w:outlineLvl"))
    return lvl is not None and lvl.get(qn("w:val")) not in (None, "9")


def _all_bold(para: Paragraph, style_bold: bool) -> bool:
    """True when every run that carries text is bold (a common home-made heading)."""
    seen = False
    for run in para.runs:
        if not run.text.strip():
            continue
        seen = True
        bold = run.bold
        if bold is None:
            bold = style_bold
        if not bold:
            return False
    return seen


def read_docx(path: Path) -> Document:
    """Read a .docx after checking the container for bombs and DTDs."""
    check_docx_container(path)
    try:
        document = docx.Document(str(path))
    except InputError:
        raise
    except Exception as exc:
        raise InputError(
            "het Word-bestand kan niet worden geopend (beschadigd of geen echt .docx). "
            "Open het in Word en sla het opnieuw op als .docx.",
            path,
        ) from exc
    col = _Collector(path, _style_table(document))
    body = document.element.body
    n_p = n_t = 0
    for child in body.iterchildren():
        if child.tag == _P:
            col.add(Paragraph(child, document._body), "body", ("p", n_p))
            n_p += 1
        elif child.tag == _TBL:
            col.add_table(Table(child, document._body), n_t, "body")
            n_t += 1
    _read_headers_footers(document, col)
    author = None
    try:
        author = document.core_properties.author or None
    except Exception:
        pass
    return Document(path=path, format="docx", blocks=col.blocks, author=author)


def _read_headers_footers(document: Any, col: _Collector) -> None:
    seen: set[int] = set()
    for section in document.sections:
        for part, attrs in (
            ("header", ("first_page_header", "header", "even_page_header")),
            ("footer", ("first_page_footer", "footer", "even_page_footer")),
        ):
            for attr in attrs:
                hf = getattr(section, attr)
                if hf.is_linked_to_previous:
                    continue
                key = id(hf.part)
                if key in seen:
                    continue
                seen.add(key)
                for n, para in enumerate(hf.paragraphs):
                    col.add(para, part, ("p", n))
