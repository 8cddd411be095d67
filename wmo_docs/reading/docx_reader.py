"""Read a .docx into blocks: body paragraphs and table cells in true reading order,
then headers and footers. Block text is exactly python-docx's ``paragraph.text`` so
that spans map back onto runs (Word comments in the .docx report).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn
from docx.styles import BabelFish
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

    def __init__(self, path: Path, document: Any) -> None:
        self.path = path
        self.document = document
        self.styles: dict[str, tuple[str, bool, bool]] = {}  # style id -> (name, bold, heading), filled lazily
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
        style_id = (ppr.style if ppr is not None else None) or ""
        found = self.styles.get(style_id)
        if found is None:
            found = self.styles[style_id] = _style_info(self.document, style_id)
        return found

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


def _style_info(document: Any, style_id: str) -> tuple[str, bool, bool]:
    """(name, bold, is heading) of a paragraph style, looked up only for styles in use."""
    if not style_id:
        return ("", False, False)
    try:
        style = document.styles.element.get_by_id(style_id)
        if style is None:
            return ("", False, False)
        name = BabelFish.internal2ui(style.name_val or "")  # "heading 1" -> "Heading 1", as python-docx shows it
        rpr = style.rPr
        bold = bool(rpr is not None and rpr.b is not None and rpr.b.val is not False)
    except Exception:  # an exotic or broken style part: treat as plain text
        return ("", False, False)
    return (name, bold, name.lower().startswith(_HEADING_PREFIXES))


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
    col = _Collector(path, document)
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
