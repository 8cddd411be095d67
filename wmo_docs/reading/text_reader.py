"""Read plain text and Markdown into blocks.

A block is a paragraph: consecutive non-empty lines, joined with their newlines so
offsets stay exact. A heading line (Markdown ``#``, a short line without final
punctuation, a list item) starts a block of its own: many letters in .txt have a
heading directly above its text.
"""

from __future__ import annotations

import re
from pathlib import Path

from wmo_docs.errors import InputError
from wmo_docs.reading import limits
from wmo_docs.reading.model import Block, Document

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s+")
_NUMBERED_HEADING = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+\S")


def _decode(raw: bytes, path: Path) -> str:
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            "het bestand is geen tekstbestand (het bevat binaire gegevens). "
            "Lever een .docx, .pdf met tekstlaag, .txt of .md aan.",
            path,
        )
    for enc in ("utf-8-sig", "utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


LONG_PARAGRAPH_LINE = 90  # a line this long is a paragraph copied out of Word, not hard-wrapped text


def is_heading_line(line: str, markdown: bool, next_line: str = "") -> bool:
    """A line that reads as a heading: Markdown '#', or short, without final punctuation.

    Up to 8 words always; up to 12 ("De overwegingen die aan dit besluit ten grondslag liggen")
    when a whole paragraph on one long line follows, as in text copied out of Word.
    """
    stripped = line.strip()
    if markdown and _MD_HEADING.match(line):
        return True
    max_words = 12 if len(next_line.strip()) >= LONG_PARAGRAPH_LINE else 8
    if not stripped or len(stripped) > 70 or len(stripped.split()) > max_words:
        return False
    if "|" in stripped or "\t" in stripped:
        return False  # a row of a table typed as text ("Voorziening | Omvang | Ingangsdatum")
    if stripped[-1] in ".,;!" or stripped.endswith(":") and len(stripped.split()) > 4:
        return False
    if stripped.endswith("?") and len(stripped.split()) > 10:
        return False
    if re.search(r":\s*\S", stripped):
        return False  # "Datum: 1 mei 2025" is a label with its value, not a heading
    return stripped[0].isupper() or stripped[0].isdigit() or stripped.isupper()


def read_text(path: Path, markdown: bool) -> Document:
    """Read .txt or .md; line numbers in origins are 1-based."""
    raw = path.read_bytes()
    if len(raw) > limits.MAX_TEXT_CHARS * 4:
        raise InputError(limits.too_long_message(), path)
    text = _decode(raw, path).replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > limits.MAX_TEXT_CHARS:
        raise InputError(limits.too_long_message(), path)
    blocks: list[Block] = []
    buf: list[str] = []
    start = 0

    def flush() -> None:
        if buf:
            joined = "\n".join(buf)
            blocks.append(Block(index=len(blocks), text=joined, origin=("line", start)))
            buf.clear()

    lines = text.split("\n")
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            flush()
            continue
        nxt = lines[n] if n < len(lines) else ""
        heading = is_heading_line(line, markdown, nxt)
        if heading and (not nxt.strip() or not is_heading_line(nxt, markdown) or (markdown and _MD_HEADING.match(line))):
            flush()
            m = _MD_HEADING.match(line) if markdown else None
            blocks.append(
                Block(
                    index=len(blocks),
                    text=line,
                    style=m.group(1) if m else "",
                    is_heading=bool(m) or not line.rstrip().endswith((",", ";")),
                    origin=("line", n),
                )
            )
            continue
        wrapped = bool(buf) and len(buf[-1].rstrip()) >= 55 and not buf[-1].rstrip().endswith(":")
        if not wrapped or _LIST_ITEM.match(line) or (markdown and line.lstrip().startswith(">")):
            flush()  # short lines (address blocks, "Datum: …") are blocks of their own
        if not buf:
            start = n
        buf.append(line)
    flush()
    fmt = "md" if markdown else "txt"
    return Document(path=path, format=fmt, blocks=blocks)
