"""The PDF reader rebuilds paragraphs, headings and cells from the page layout.

Real components only: our own PDF/A output of every example (through the CLI, with
LibreOffice) must check exactly as its .docx does, and hand-written drafts in several
layouts, made into PDF with ``soffice --convert-to pdf``, must read into the same blocks
and headings as their .docx. Never skipped: a missing soffice fails these tests.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from pypdf import PdfWriter

from wmo_docs.check import check_file
from wmo_docs.errors import InputError
from wmo_docs.reading import limits, read_document
from wmo_docs.reading.pdf_layout import Joiner, make_line
from wmo_docs.reading.structure import analyse_structure
from wmo_docs.render.pdf import find_soffice

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "examples" / "cases"


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def _body(doc) -> list[str]:
    return [_norm(b.text) for b in doc.blocks if b.part == "body" and b.text.strip()]


def _headings(doc) -> list[str]:
    s = analyse_structure(doc)
    return [_norm(b.text) for b, h in zip(doc.blocks, s.headings) if h]


def _soffice() -> str:
    soffice = find_soffice()
    assert soffice, "LibreOffice (soffice) is niet geïnstalleerd: apt-get install libreoffice-writer-nogui"
    return soffice


# --- our own output ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> list[tuple[Path, Path]]:
    """Every example case as beschikking and rapportage, .docx and PDF/A, made by the real CLI."""
    _soffice()
    out = tmp_path_factory.mktemp("gegenereerd")
    for kind in ("beschikking", "rapportage"):
        result = subprocess.run(
            [sys.executable, "-m", "wmo_docs", "generate", str(CASES), "-d", kind, "--pdf", "-o", f"{out}/"],
            capture_output=True, text=True, timeout=600, cwd=ROOT,
        )
        assert result.returncode == 0, result.stderr
    pairs = [(pdf.with_suffix(".docx"), pdf) for pdf in sorted(out.rglob("*.pdf"))]
    assert len(pairs) == 2 * len(list(CASES.glob("*.json"))), sorted(p.name for p in out.rglob("*"))
    assert all(d.is_file() for d, _ in pairs)
    return pairs


def test_own_pdf_checks_exactly_as_its_docx(generated):
    differences = {}
    for docx_path, pdf_path in generated:
        want = {(f.rule, f.severity) for f in check_file(docx_path).findings}
        got = {(f.rule, f.severity) for f in check_file(pdf_path).findings}
        if want != got:
            differences[pdf_path.name] = (sorted(want - got), sorted(got - want))
    assert not differences, differences


def test_own_pdf_has_the_headings_and_blocks_of_its_docx(generated):
    for docx_path, pdf_path in generated:
        want, got = read_document(docx_path), read_document(pdf_path)
        assert _headings(got) == _headings(want), pdf_path.name
        assert _body(got) == _body(want), pdf_path.name
        assert got.format == "pdf"


def test_own_pdf_keeps_pages_cells_and_drops_page_numbers(generated):
    _, pdf_path = next(p for p in generated if p[1].name.endswith("-rapportage.pdf"))
    doc = read_document(pdf_path)
    pages = {b.origin[1] for b in doc.blocks if b.origin[0] == "page"}
    assert pages >= {1, 2}, pages
    conclusie = next(b for b in doc.blocks if b.text == "Conclusie en advies")
    assert conclusie.is_heading and conclusie.where.startswith("pagina ")
    assert any(b.origin[0] == "cell" for b in doc.blocks)  # the "Gegevens van het gesprek" table, cell by cell
    assert not any("Pagina" in b.text and " van " in b.text and len(b.text) < 20 for b in doc.blocks)
    # the running header and footer are read once, as in the .docx
    assert [b.text for b in doc.blocks if b.part == "header"] == ["Gemeente Voorbeeldstad"]
    assert len([b for b in doc.blocks if b.part == "footer"]) == 1


# --- hand-written drafts in several layouts ---------------------------------------------------------------------

LONG = ("Wij hebben met u gesproken over uw situatie thuis en over wat u zelf nog kunt doen. "
        "U vertelde dat het schoonmaken van de badkamer en het verschonen van de bedden niet meer lukt. ")


def _two_columns(d):
    d.add_heading("Besluit op uw aanvraag", level=1)
    d.add_paragraph("Geachte heer Bakker,")
    d.add_paragraph("In deze brief leest u ons besluit over uw aanvraag voor huishoudelijke ondersteuning.")
    section = d.add_section(WD_SECTION.CONTINUOUS)
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "708")
    d.add_heading("Wat wij hebben onderzocht", level=2)
    d.add_paragraph(LONG * 3)
    d.add_paragraph("Uw dochter woont in Spanje en kan u niet helpen. " * 3)
    d.add_heading("Ons besluit", level=2)
    d.add_paragraph("Wij kennen u drie uur huishoudelijke ondersteuning per week toe, vanaf 1 mei 2025. " * 2)
    d.add_paragraph("U kunt binnen zes weken bezwaar maken bij het college van burgemeester en wethouders. " * 2)


def _letterhead(d):
    t = d.add_table(rows=1, cols=2)
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.text = "Gemeente Oosterweel"
    left.add_paragraph("Team Wmo")
    left.add_paragraph("Postbus 12")
    right.text = "Datum: 3 april 2025"
    right.add_paragraph("Kenmerk: OW-2025-118")
    d.add_paragraph("")
    d.add_paragraph("Geachte mevrouw De Wit,")
    d.add_paragraph(LONG * 2)
    p = d.add_paragraph()
    p.add_run("Wat u zelf kunt").bold = True
    d.add_paragraph("U kunt zelf koken en afwassen. Stofzuigen lukt door uw rugklachten niet meer. " * 2)
    d.add_heading("Bent u het niet eens met dit besluit?", level=1)
    d.add_paragraph("Dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders.")
    d.add_paragraph("Met vriendelijke groet,")


def _label_table(d):
    d.add_heading("Verslag van het gesprek", level=1)
    d.add_paragraph("Dit is het verslag van ons gesprek over uw vraag om ondersteuning.")
    rows = [("Naam", "mevrouw A. de Vries"), ("Datum gesprek", "12 maart 2025"),
            ("Aanwezig", "mevrouw De Vries, haar zoon Peter de Vries en de Wmo-consulent van de gemeente, "
                         "die het gesprek bij mevrouw thuis heeft gevoerd"),
            ("Hulpvraag", "Hulp bij het schoonmaken van het huis")]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, (label, value) in enumerate(rows):
        t.cell(r, 0).text = label
        t.cell(r, 1).text = value
    d.add_paragraph("")
    d.add_heading("Conclusie en advies", level=1)
    d.add_paragraph("Wij adviseren drie uur huishoudelijke ondersteuning per week, als zorg in natura. " * 2)


def _header_footer(d):
    section = d.sections[0]
    section.header.paragraphs[0].text = "Gemeente Oosterweel · Team Wmo"
    footer = section.footer.paragraphs[0]
    footer.add_run("Pagina ")
    _field(footer, "PAGE")
    footer.add_run(" van ")
    _field(footer, "NUMPAGES")
    for n in range(1, 7):
        d.add_heading(f"Onderdeel {n} van het onderzoek", level=2)
        for _ in range(2):
            d.add_paragraph(LONG * 2)


def _field(paragraph, code: str) -> None:
    run = paragraph.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = f" {code} "
        run._r.append(el)
    paragraph.add_run("1")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def _hyphens(d):
    section = d.sections[0]
    section.left_margin = section.right_margin = Cm(6)  # narrow lines: many line ends
    d.add_heading("Afweging", level=1)
    words = ("De Wmo-consulent heeft met de zorg- en welzijnsinstellingen gesproken over de huishoude\u00adlijke "
             "ondersteu\u00adning, de e-mail van de huisarts en de Wlz-indicatie. ")
    for _ in range(3):
        d.add_paragraph(words * 4)


LAYOUTS = {"twee-kolommen": _two_columns, "briefhoofd": _letterhead, "labeltabel": _label_table,
           "kop-en-voettekst": _header_footer, "afbreekstreepjes": _hyphens}


@pytest.fixture(scope="module")
def drafts(tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    """Each layout as .docx (python-docx) and as PDF (soffice --headless --convert-to pdf), in one soffice run."""
    soffice = _soffice()
    out = tmp_path_factory.mktemp("concepten")
    paths = []
    for name, build in LAYOUTS.items():
        d = docx.Document()
        d.styles["Normal"].font.size = Pt(11)
        build(d)
        path = out / f"{name}.docx"
        d.save(str(path))
        paths.append(path)
    profile = out / "lo-profiel"
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), *map(str, paths)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    pairs = {p.stem: (p, p.with_suffix(".pdf")) for p in paths}
    assert all(pdf.is_file() for _, pdf in pairs.values()), result.stdout + result.stderr
    return pairs


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_hand_written_pdf_reads_as_its_docx(drafts, layout):
    docx_path, pdf_path = drafts[layout]
    want, got = read_document(docx_path), read_document(pdf_path)
    assert _body(got) == _body(want)
    assert _headings(got) == _headings(want)


def test_two_columns_read_left_column_first(drafts):
    doc = read_document(drafts["twee-kolommen"][1])
    texts = _body(doc)
    assert texts.index("Wat wij hebben onderzocht") < texts.index("Ons besluit")
    assert texts[-1].startswith("U kunt binnen zes weken bezwaar maken")


def test_letterhead_and_label_table_are_cells(drafts):
    head = read_document(drafts["briefhoofd"][1])
    cells = {b.text: b.origin for b in head.blocks if b.origin[0] == "cell"}
    assert cells["Gemeente Oosterweel"][3] == 0 and cells["Kenmerk: OW-2025-118"][3] == 1
    table = read_document(drafts["labeltabel"][1])
    by_text = {b.text: b.origin for b in table.blocks}
    assert by_text["Aanwezig"][0] == "cell" and by_text["Aanwezig"][3] == 0
    value = next(b for b in table.blocks if b.text.startswith("mevrouw De Vries, haar zoon"))
    assert value.origin[0] == "cell" and value.origin[2] == by_text["Aanwezig"][2] and value.origin[3] == 1
    assert value.text.endswith("heeft gevoerd")  # the wrapped value is one cell


def test_running_header_and_page_numbers(drafts):
    doc = read_document(drafts["kop-en-voettekst"][1])
    assert [b.text for b in doc.blocks if b.part == "header"] == ["Gemeente Oosterweel · Team Wmo"]
    assert not any("Pagina" in b.text for b in doc.blocks)
    assert max(b.origin[1] for b in doc.blocks if b.origin[0] == "page") >= 2


def _line_ends(pdf: Path) -> set[str]:
    """The last word of every printed line, straight from the PDF."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    from wmo_docs.reading.pdf_layout import group_lines, page_words

    ends = set()
    with pdf.open("rb") as fh:
        manager = PDFResourceManager()
        device = PDFPageAggregator(manager, laparams=None)
        interpreter = PDFPageInterpreter(manager, device)
        for page in PDFPage.get_pages(fh):
            interpreter.process_page(page)
            layout = device.get_result()
            ends |= {line.words[-1]["text"] for line in group_lines(page_words(layout, layout.bbox[3]), 1)}
    return ends


def test_hyphenated_line_ends_are_joined(drafts):
    ends = _line_ends(drafts["afbreekstreepjes"][1])
    assert {"ondersteu-", "zorg-"} <= ends and ends & {"Wlz-", "Wmo-"}, ends  # the draft really breaks there
    text = read_document(drafts["afbreekstreepjes"][1]).text
    assert "Wmo-consulent" in text and "zorg- en welzijnsinstellingen" in text and "Wlz-indicatie" in text
    assert "huishoudelijke ondersteuning" in text and "e-mail" in text
    assert "\u00ad" not in text and "huishoude-" not in text and "ondersteu-" not in text


def _line(*words: str):
    x, out = 50.0, []
    for w in words:
        out.append({"text": w, "x0": x, "x1": x + 6 * len(w), "top": 100, "bottom": 110, "fontname": "F", "size": 10})
        x += 6 * len(w) + 3
    return make_line(out, 1)


def test_hyphen_rules():
    a, b = _line("over", "de", "ondersteu-"), _line("ning", "en", "de", "Wmo-")
    joiner = Joiner([a, b, _line("consulent", "de", "Wmo-consulent", "auto-ongeluk")])
    assert joiner.join([a, b]) == "over de ondersteuning en de Wmo-"
    assert joiner.join([_line("de", "Wmo-"), _line("consulent")]) == "de Wmo-consulent"  # seen elsewhere
    assert joiner.join([_line("een", "auto-"), _line("ongeluk")]) == "een auto-ongeluk"
    assert joiner.join([_line("zee-"), _line("egel")]) == "zee-egel"  # two e's would read as one sound
    assert joiner.join([_line("zorg-"), _line("en", "welzijn")]) == "zorg- en welzijn"
    assert joiner.join([_line("Noord-"), _line("Brabant")]) == "Noord-Brabant"
    assert joiner.join([_line("kenmerk", "VV-"), _line("2026-12")]) == "kenmerk VV-2026-12"
    assert joiner.join([_line("huishoude\u00ad"), _line("lijke")]) == "huishoudelijke"


# --- guards -----------------------------------------------------------------------------------------------------

def _pdf(pages: int = 1, password: str | None = None) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    if password:
        writer.encrypt(user_password=password, algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _error(path: Path) -> str:
    with pytest.raises(InputError) as exc:
        read_document(path)
    assert str(path.name) in str(exc.value)
    return str(exc.value)


def test_guard_encrypted(tmp_path):
    path = tmp_path / "beveiligd.pdf"
    path.write_bytes(_pdf(password="geheim"))
    assert "beveiligd met een wachtwoord" in _error(path)


def test_guard_corrupt(tmp_path):
    path = tmp_path / "kapot.pdf"
    path.write_bytes(b"%PDF-1.4\nonzin zonder structuur")
    assert "beschadigd" in _error(path)


def test_guard_scan_without_text(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(_pdf(pages=2))
    msg = _error(path)
    assert "geen tekst" in msg and "OCR" in msg


def test_guard_too_many_pages(tmp_path):
    path = tmp_path / "dik.pdf"
    path.write_bytes(_pdf(pages=limits.MAX_PAGES + 1))
    assert f"tot {limits.MAX_PAGES} pagina's" in _error(path)


def _dense_pdf(pages: int, lines: int = 110, line: str = "Wij kennen u huishoudelijke ondersteuning toe. " * 3) -> bytes:
    """Pages full of real text (Helvetica 5 pt), built with pypdf only."""
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica")}))
    for _ in range(pages):
        page = writer.add_blank_page(595, 842)
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        stream = DecodedStreamObject()
        stream.set_data(("BT /F1 5 Tf 7 TL 30 800 Td " + f"({line}) Tj T* " * lines + "ET").encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_guard_too_much_text(tmp_path):
    per_page = 110 * len("Wij kennen u huishoudelijke ondersteuning toe. " * 3)
    path = tmp_path / "lang.pdf"
    path.write_bytes(_dense_pdf(limits.MAX_TEXT_CHARS // per_page + 2))
    assert "te lang" in _error(path)
    ok = tmp_path / "kort.pdf"
    ok.write_bytes(_dense_pdf(2))
    assert len(read_document(ok).blocks) >= 1
