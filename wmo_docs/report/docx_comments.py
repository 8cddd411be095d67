"""The .docx report: a copy of the draft with one Word comment per finding.

A kwaliteitsmedewerker works in Word, so the findings go where the problem is:
each comment is anchored on exactly the flagged words. Runs are split at the
span boundaries (formatting copied) because Word anchors comments on whole runs.
The original draft is never written to.
"""

from __future__ import annotations

import copy
import io
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from wmo_docs.errors import InputError, OutputExistsError
from wmo_docs.outputs import write_atomic
from wmo_docs.findings import Finding
from wmo_docs.reading.model import Block
from wmo_docs.report.html import resolve_span
from wmo_docs.report.model import FileReport

AUTHOR = "wmo-docs"
INITIALS = "WD"

# Run children that python-docx's ``Run.text`` (and so ``Paragraph.text``) turns into text.
_TEXT_TAGS = {qn(f"w:{t}") for t in ("br", "cr", "noBreakHyphen", "ptab", "t", "tab")}
_R = qn("w:r")
_HYPERLINK = qn("w:hyperlink")
_RPR = qn("w:rPr")
_T = qn("w:t")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def annotate_docx(report: FileReport, out_path: Path, *, force: bool = False, author: str = AUTHOR) -> None:
    """Write a copy of ``report.path`` with one Word comment per finding to ``out_path``.

    Raises ``InputError`` when the draft is not a .docx (or could not be read) and
    ``OutputExistsError`` when ``out_path`` exists and ``force`` is not set.
    """
    source = Path(report.path)
    out_path = Path(out_path)
    fmt = report.draft.format if report.draft is not None else source.suffix.lower().lstrip(".")
    if fmt != "docx":
        raise InputError(
            "het docx-rapport met Word-opmerkingen kan alleen gemaakt worden voor een "
            f"concept in .docx-formaat (dit is .{fmt}); kies een ander rapportformaat, "
            "bijvoorbeeld html",
            source,
        )
    if report.error:
        raise InputError(f"het concept kon niet gelezen worden: {report.error}", source)
    if out_path.exists() and out_path.resolve() == source.resolve():
        raise OutputExistsError(
            "het rapport kan niet over het concept zelf heen geschreven worden; "
            "kies een andere bestandsnaam",
            out_path,
        )
    if out_path.exists() and not force:
        raise OutputExistsError(
            "dit bestand bestaat al; kies een andere naam of gebruik --force om het te "
            "overschrijven",
            out_path,
        )
    try:
        original = source.read_bytes()
        document = docx.Document(io.BytesIO(original))
    except Exception as exc:  # a damaged or non-Word file: tell the user, no traceback
        raise InputError(f"het concept kon niet als Word-bestand geopend worden ({exc})", source)

    blocks = report.draft.blocks if report.draft is not None else []
    initials = INITIALS if author == AUTHOR else "".join(w[0] for w in author.split() if w[:1].isalpha())[:3].upper()
    for finding in report.findings:
        _add_comment(document, blocks, finding, author, initials)
    _save_atomically(document, out_path)


def comment_text(finding: Finding) -> str:
    """The comment's first line: "[ERNST] RULE-ID: message (grondslag)"."""
    text = f"[{finding.severity.label.upper()}] {finding.rule}: {finding.message}"
    if finding.legal_basis:
        text += f" ({finding.legal_basis})"
    return text


def _add_comment(document: DocxDocument, blocks: list[Block], finding: Finding, author: str, initials: str) -> None:
    """Anchor one comment on the flagged words, or on the first paragraph saying where."""
    loc = finding.location
    block = blocks[loc.block] if loc is not None and 0 <= loc.block < len(blocks) else None
    runs: list[Run] | None = None
    note: str | None = None
    if loc is None:
        note = "Ontbreekt in de hele brief."
    elif block is None or block.part != "body":
        where = loc.where or (block.where if block is not None else "")
        note = f"Gevonden in {where or 'de brief'}"
        note += f": „{loc.quote}”." if loc.quote else "."
        if block is not None and block.part in ("header", "footer"):
            note += " Word staat geen opmerkingen in kop- of voettekst toe."
    else:
        paragraph = _paragraph_for(document, block)
        span = resolve_span(paragraph.text, loc) if paragraph is not None else None
        if paragraph is not None and span is not None:
            runs = _isolate_span(paragraph, *span)
        if not runs:
            where = loc.where or block.where
            note = f"Gevonden in {where}" + (f": „{loc.quote}”." if loc.quote else ".")
    if runs is None or not runs:
        runs = _first_body_runs(document)
    comment = document.add_comment(
        runs, text=comment_text(finding), author=author, initials=initials
    )
    if note:
        comment.add_paragraph(note)
    if finding.hint:
        comment.add_paragraph(f"Tip: {finding.hint}")
    _lift_markers_out_of_hyperlinks(runs[0]._r, runs[-1]._r)


def _paragraph_for(document: DocxDocument, block: Block) -> Paragraph | None:
    """The python-docx paragraph a body block came from, per the origin convention."""
    origin = block.origin
    try:
        if origin and origin[0] == "p":
            return document.paragraphs[origin[1]]
        if origin and origin[0] == "cell":
            _, t, r, c, k = origin
            return document.tables[t].rows[r].cells[c].paragraphs[k]
    except (IndexError, ValueError):
        return None
    return None


def _run_elements(paragraph: Paragraph) -> list[etree._Element]:
    """The runs that make up ``paragraph.text``, in order: direct ones and hyperlink runs."""
    out: list[etree._Element] = []
    for child in paragraph._p.iterchildren(_R, _HYPERLINK):
        if child.tag == _R:
            out.append(child)
        else:
            out.extend(child.iterchildren(_R))
    return out


def _child_len(child: etree._Element) -> int:
    return len(str(child)) if child.tag in _TEXT_TAGS else 0


def _run_len(r: etree._Element) -> int:
    return sum(_child_len(c) for c in r)


def _split_run(r: etree._Element, at: int) -> etree._Element:
    """Split run ``r`` after ``at`` characters; return the new right half (inserted after r).

    Both halves keep the run properties (bold, italics, style, …).
    """
    right = copy.deepcopy(r)
    pos = 0
    for left_child, right_child in zip(list(r), list(right)):
        if left_child.tag == _RPR:
            continue
        length = _child_len(left_child)
        if pos + length <= at and not (length == 0 and pos == at):
            right.remove(right_child)  # wholly left
        elif pos >= at:
            r.remove(left_child)  # wholly right
        else:  # only a w:t can straddle the boundary
            cut = at - pos
            text = left_child.text or ""
            left_child.text, right_child.text = text[:cut], text[cut:]
            left_child.set(_XML_SPACE, "preserve")
            right_child.set(_XML_SPACE, "preserve")
        pos += length
    r.addnext(right)
    return right


def _isolate_span(paragraph: Paragraph, start: int, end: int) -> list[Run]:
    """Split runs so that [start, end) of ``paragraph.text`` is exactly a run sequence."""
    for boundary in (start, end):
        pos = 0
        for r in _run_elements(paragraph):
            length = _run_len(r)
            if pos < boundary < pos + length:
                _split_run(r, boundary - pos)
                break
            pos += length
    inside: list[Run] = []
    pos = 0
    for r in _run_elements(paragraph):
        length = _run_len(r)
        if length and start <= pos and pos + length <= end:
            inside.append(Run(r, paragraph))
        pos += length
    return inside


def _first_body_runs(document: DocxDocument) -> list[Run]:
    """Runs to hang a letter-wide comment on: the first paragraph with text (or any at all)."""
    candidates = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                candidates.extend(cell.paragraphs)
    for paragraph in candidates:
        runs = [Run(r, paragraph) for r in _run_elements(paragraph) if _run_len(r)]
        if runs:
            return runs
    paragraph = candidates[0] if candidates else document.add_paragraph()
    return [paragraph.add_run("")]


def _lift_markers_out_of_hyperlinks(first: etree._Element, last: etree._Element) -> None:
    """Move range markers that sit at the edge of a hyperlink to just outside it.

    python-docx puts them right next to the first and last run, which can be inside
    ``w:hyperlink``; Word would then show the reference mark as part of the link.
    """
    start = first.getprevious()
    parent = first.getparent()
    if parent.tag == _HYPERLINK and start is not None and start.getprevious() is None:
        parent.addprevious(start)
    end = last.getnext()
    ref = end.getnext() if end is not None else None
    parent = last.getparent()
    if parent.tag == _HYPERLINK and ref is not None and ref.getnext() is None:
        parent.addnext(ref)
        parent.addnext(end)


def _save_atomically(document: DocxDocument, out_path: Path) -> None:
    """Save through the shared atomic writer, so a crash or a full disk never leaves half a file."""
    buffer = io.BytesIO()
    document.save(buffer)
    write_atomic(out_path, buffer.getvalue(), force=True)  # existence was checked by the caller
