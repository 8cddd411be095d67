"""The block model every draft is read into, whatever its format.

A block is one paragraph or one table cell, in reading order, with enough of its
origin to point back at it: a Word comment in the .docx report, a highlight in
the HTML report, "alinea 12" in the terminal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Part = Literal["body", "header", "footer"]


@dataclass(frozen=True)
class Block:
    """One paragraph or table cell of a draft."""

    index: int  # position in Document.blocks (reading order)
    text: str
    part: Part = "body"
    style: str = ""  # Word style name or Markdown marker ("Heading 1", "#", …)
    is_heading: bool = False
    bold: bool = False  # the whole paragraph is bold (a heading in many letters)
    # Where it sits in the source, to put comments back on the exact words:
    #   .docx body paragraph: ("p", n) with n the index among document.paragraphs of that part
    #   .docx table cell:     ("cell", table_no, row, col, paragraph_in_cell)
    #   text / markdown:      ("line", first_line_number)
    #   pdf:                  ("page", page_number)
    origin: tuple = ()

    @property
    def where(self) -> str:
        """Dutch description for reports: "alinea 12", "tabel 1, rij 2, kolom 3", "koptekst"."""
        kind = self.origin[0] if self.origin else "p"
        prefix = {"header": "koptekst, ", "footer": "voettekst, "}.get(self.part, "")
        if kind == "cell":
            _, table, row, col, *_ = self.origin
            return f"{prefix}tabel {table + 1}, rij {row + 1}, kolom {col + 1}"
        if kind == "line":
            return f"{prefix}regel {self.origin[1]}"
        if kind == "page":
            return f"{prefix}pagina {self.origin[1]}, alinea {self.index + 1}"
        return f"{prefix}alinea {self.index + 1}"


@dataclass
class Document:
    """A draft as blocks, plus what the reader learned about it."""

    path: Path
    format: Literal["docx", "txt", "md", "pdf"]
    blocks: list[Block] = field(default_factory=list)
    author: str | None = None  # from .docx core properties; personal data, only shown on request

    @property
    def text(self) -> str:
        """All block texts joined by blank lines (for whole-document statistics)."""
        return "\n\n".join(b.text for b in self.blocks)
