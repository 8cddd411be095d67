"""Readers: reading order, exact block texts and origins, headings, text/markdown/pdf."""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_BREAK
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from wmo_docs.reading import read_document
from tests.check.conftest import save_docx


def _layout(document):
    document.add_heading("Besluit", level=1)
    p = document.add_paragraph("Eerste alinea met een tab\thier en ")
    p.add_run("vet").bold = True
    p.add_run().add_break(WD_BREAK.LINE)
    p.add_run("na een regeleinde.")
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "Mantelzorg"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Uw dochter woont in Spanje."
    table.cell(1, 0).text = "Netwerk"
    table.cell(1, 1).text = "Geen"
    table.cell(1, 1).add_paragraph("tweede alinea in de cel")
    table.cell(1, 2).text = "x"
    document.add_paragraph("Na de tabel.")
    bold = document.add_paragraph()
    bold.add_run("Bezwaar").bold = True
    document.sections[0].header.paragraphs[0].text = "Gemeente Voorbeeldstad"
    document.sections[0].footer.paragraphs[0].text = "Postbus 100"


def test_docx_reading_order_origins_and_exact_text(tmp_path):
    path = save_docx(tmp_path, _layout)
    doc = read_document(path)
    body = [b for b in doc.blocks if b.part == "body"]
    assert [b.origin[0] for b in body] == ["p", "p", "cell", "cell", "cell", "cell", "cell", "cell", "p", "p"]
    source = docx.Document(str(path))
    for b in body:
        if b.origin[0] == "p":
            assert b.text == source.paragraphs[b.origin[1]].text
        else:
            _, t, r, c, k = b.origin
            assert b.text == source.tables[t].cell(r, c).paragraphs[k].text
    assert "\t" in body[1].text and "\n" in body[1].text
    # the merged cell is read once, at its first column
    merged = [b for b in body if b.text == "Uw dochter woont in Spanje."]
    assert len(merged) == 1 and merged[0].origin == ("cell", 0, 0, 1, 0)
    assert ("cell", 0, 1, 1, 1) in [b.origin for b in body]
    assert body[-2].text == "Na de tabel." and body[-2].origin == ("p", 2)


def test_docx_headings_bold_and_header_footer(tmp_path):
    doc = read_document(save_docx(tmp_path, _layout))
    assert doc.blocks[0].is_heading and doc.blocks[0].style.startswith("Heading")
    bezwaar = next(b for b in doc.blocks if b.text == "Bezwaar")
    assert bezwaar.bold and not bezwaar.is_heading
    parts = {(b.part, b.text, b.origin) for b in doc.blocks if b.part != "body"}
    assert parts == {("header", "Gemeente Voorbeeldstad", ("p", 0)), ("footer", "Postbus 100", ("p", 0))}
    assert doc.blocks[-1].where.startswith("voettekst")


def test_text_reader_paragraphs_headings_and_lines(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(
        "Besluit\nWij kennen u drie uur huishoudelijke ondersteuning per week\ntoe, vanaf 1 mei 2025.\n\n"
        "Bezwaar\n\n- punt een\n- punt twee\nDatum: 1 mei 2025\nKenmerk: 123\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    assert [(b.text, b.origin, b.is_heading) for b in doc.blocks] == [
        ("Besluit", ("line", 1), True),
        ("Wij kennen u drie uur huishoudelijke ondersteuning per week\ntoe, vanaf 1 mei 2025.", ("line", 2), False),
        ("Bezwaar", ("line", 5), True),
        ("- punt een", ("line", 7), False),
        ("- punt twee", ("line", 8), False),
        ("Datum: 1 mei 2025", ("line", 9), False),
        ("Kenmerk: 123", ("line", 10), False),
    ]


def test_markdown_heading_marker(tmp_path):
    path = tmp_path / "brief.md"
    path.write_text("# Beschikking\n\n## Afweging\nUw partner doet de was.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.format == "md"
    assert [(b.text, b.style, b.is_heading) for b in doc.blocks][:2] == [("# Beschikking", "#", True), ("## Afweging", "##", True)]


def test_cp1252_text_is_decoded(tmp_path):
    path = tmp_path / "oud.txt"
    path.write_bytes("Wij beëindigen uw begeleiding.".encode("cp1252"))
    assert read_document(path).blocks[0].text == "Wij beëindigen uw begeleiding."


def text_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a real text layer (Helvetica), built with pypdf only."""
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
    })
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
    ops = ["BT /F1 11 Tf 14 TL 60 780 Td"]
    for line in lines:
        ops.append("(" + line.replace("(", r"\(").replace(")", r"\)") + ") Tj T*")
    ops.append("ET")
    stream = DecodedStreamObject()
    stream.set_data("\n".join(ops).encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_pdf_with_text_layer(tmp_path):
    path = tmp_path / "brief.pdf"
    path.write_bytes(text_pdf(["Wij kennen u drie uur huishoudelijke ondersteuning toe.", "U kunt binnen vier weken bezwaar maken."]))
    doc = read_document(path)
    assert doc.format == "pdf"
    assert "vier weken" in doc.text
    assert all(b.origin == ("page", 1) for b in doc.blocks)


def test_text_reader_longer_heading_above_a_paragraph_copied_from_word(tmp_path):
    paragraph = ("Volgens de verordening kijken wij eerst wat u zelf kunt en wie u kan helpen. " * 2).strip()
    path = tmp_path / "brief.txt"
    path.write_text(
        "Wat wij hebben meegewogen bij het nemen van dit besluit\n" + paragraph + "\n\n"
        "Voorziening | Omvang | Ingangsdatum | Einddatum | Leveringsvorm\n" + paragraph + "\n",
        encoding="utf-8",
    )
    blocks = read_document(path).blocks
    assert blocks[0].text == "Wat wij hebben meegewogen bij het nemen van dit besluit" and blocks[0].is_heading
    assert blocks[1].text == paragraph
    # a row of a table typed as text is no heading, however short
    assert not any(b.is_heading for b in blocks[2:]) and blocks[2].text.startswith("Voorziening | Omvang")


def test_text_reader_hard_wrapped_lines_stay_one_paragraph(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text(
        "Wij hebben uw aanvraag voor een scootmobiel zorgvuldig bekeken en\n"
        "besproken met de ergotherapeut van de gemeente en met uw dochter.\n",
        encoding="utf-8",
    )
    blocks = read_document(path).blocks
    assert len(blocks) == 1 and not blocks[0].is_heading
