"""Build real .docx drafts and read them into blocks per the origin conventions.

Independent of the production reader on purpose: these tests pin the contract
(block texts are python-docx's ``paragraph.text``; origins as in reading/model.py).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from wmo_docs.findings import Finding, Location, Severity
from wmo_docs.reading.model import Block, Document
from wmo_docs.report.model import FileReport

SCRIPT_TEXT = "<script>document.title='GEHACKT'</script> & <b>vet</b>"
LINK_URL = "https://www.voorbeeldstad.nl/wmo"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_hyperlink(paragraph: Paragraph, url: str, parts: list[tuple[str, bool]]) -> None:
    """Append a w:hyperlink with one run per (text, bold) part."""
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    for text, bold in parts:
        run = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        style = OxmlElement("w:rStyle")
        style.set(qn("w:val"), "Hyperlink")
        rpr.append(style)
        if bold:
            rpr.append(OxmlElement("w:b"))
        run.append(rpr)
        t = OxmlElement("w:t")
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        run.append(t)
        link.append(run)
    paragraph._p.append(link)


def make_draft(path: Path) -> Path:
    """A small beschikking with styles, split runs, a hyperlink, a table and a header."""
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Gemeente Voorbeeldstad – Team Wmo"
    d.add_heading("Besluit over uw aanvraag", level=1)
    p = d.add_paragraph("Wij kennen u ")
    r = p.add_run("huis")
    r.bold = True
    r.font.color.rgb = RGBColor(0x11, 0x22, 0x33)
    r = p.add_run("houdelijke")
    r.italic = True
    p.add_run(" ondersteuning toe.")
    p = d.add_paragraph("Meer informatie vindt u op ")
    add_hyperlink(p, LINK_URL, [("www.voorbeeld", False), ("stad.nl/wmo", True)])
    p.add_run(" of bel 14 0000.")
    p = d.add_paragraph()
    p.add_run("In principe\tkrijgt u zo nodig ")
    p.add_run().add_break(WD_BREAK.LINE)
    p.add_run("extra hulp.")
    table = d.add_table(rows=2, cols=3)
    for c, text in enumerate(["Voorziening", "Omvang", "Ingangsdatum"]):
        table.cell(0, c).text = text
    for c, text in enumerate(["Huishoudelijke ondersteuning", "6 uur per week", "1 maart 2025"]):
        table.cell(1, c).text = text
    d.add_paragraph(SCRIPT_TEXT)
    d.add_paragraph("U kunt binnen vier weken bezwaar maken bij het college.")
    d.save(path)
    return path


def read_blocks(path: Path) -> Document:
    """Header, then body paragraphs and table cells in reading order, as the reader must."""
    d = docx.Document(path)
    blocks: list[Block] = []

    def add(text: str, part: str, origin: tuple, style: str = "") -> None:
        blocks.append(
            Block(
                index=len(blocks),
                text=text,
                part=part,  # type: ignore[arg-type]
                style=style,
                is_heading=style.startswith("Heading"),
                origin=origin,
            )
        )

    for n, p in enumerate(d.sections[0].header.paragraphs):
        add(p.text, "header", ("p", n))
    para_no = table_no = -1  # body-level paragraphs and tables come in document order
    for item in d.iter_inner_content():
        if isinstance(item, Paragraph):
            para_no += 1
            add(item.text, "body", ("p", para_no), item.style.name)
        elif isinstance(item, Table):
            table_no += 1
            t = table_no
            for r, row in enumerate(item.rows):
                for c, cell in enumerate(row.cells):
                    for k, cp in enumerate(cell.paragraphs):
                        add(cp.text, "body", ("cell", t, r, c, k))
    for n, p in enumerate(d.sections[0].footer.paragraphs):
        if p.text:
            add(p.text, "footer", ("p", n))
    return Document(path=path, format="docx", blocks=blocks)


def locate(doc: Document, words: str, nth: int = 0) -> Location:
    """Location of the nth occurrence of ``words`` in the draft's blocks."""
    seen = 0
    for b in doc.blocks:
        i = b.text.find(words)
        while i != -1:
            if seen == nth:
                return Location(block=b.index, start=i, end=i + len(words), quote=words, where=b.where)
            seen += 1
            i = b.text.find(words, i + 1)
    raise AssertionError(f"{words!r} not in draft")


def finding(
    rule: str,
    loc: Location | None,
    severity: Severity = Severity.ERROR,
    message: str = "Er is iets mis.",
    legal_basis: str | None = "Awb 3:46",
    hint: str | None = None,
) -> Finding:
    return Finding(rule=rule, severity=severity, message=message, legal_basis=legal_basis, hint=hint, location=loc)


def report_for(path: Path, doc: Document, findings: list[Finding]) -> FileReport:
    return FileReport(path=str(path), document="beschikking", soort="toekenning", findings=findings, draft=doc)


_TEXT_TAGS = {qn(f"w:{t}") for t in ("t", "tab", "br", "cr", "noBreakHyphen", "ptab")}


def anchored_text(document: docx.document.Document, comment_id: int) -> str:
    """The text Word shows as commented: everything between the range markers."""
    cid = str(comment_id)
    inside = False
    out: list[str] = []
    for el in document.element.body.iter():
        if el.tag == qn("w:commentRangeStart") and el.get(qn("w:id")) == cid:
            inside = True
        elif el.tag == qn("w:commentRangeEnd") and el.get(qn("w:id")) == cid:
            return "".join(out)
        elif inside and el.tag in _TEXT_TAGS:
            out.append(str(el))
    raise AssertionError(f"no complete range for comment {comment_id}")


def comments_by_rule(document: docx.document.Document) -> dict[str, list]:
    out: dict[str, list] = {}
    for c in document.comments:
        rule = c.paragraphs[0].text.split("] ", 1)[1].split(":", 1)[0]
        out.setdefault(rule, []).append(c)
    return out
