"""The .docx report: comments on exactly the flagged words, original untouched."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from report_helpers import (
    LINK_URL,
    anchored_text,
    comments_by_rule,
    finding,
    locate,
    make_draft,
    read_blocks,
    report_for,
    sha256,
)

from wmo_docs.errors import InputError, OutputExistsError
from wmo_docs.findings import Severity
from wmo_docs.reading.model import Document
from wmo_docs.report.docx_comments import annotate_docx, comment_text


@pytest.fixture()
def draft(tmp_path: Path) -> tuple[Path, Document]:
    path = make_draft(tmp_path / "concept.docx")
    return path, read_blocks(path)


def annotate(tmp_path: Path, path: Path, doc: Document, findings: list) -> docx.document.Document:
    out = tmp_path / "uit" / "concept.opmerkingen.docx"
    out.parent.mkdir(exist_ok=True)
    before = sha256(path)
    annotate_docx(report_for(path, doc, findings), out)
    assert sha256(path) == before, "the original draft must stay byte-for-byte the same"
    assert [p.name for p in out.parent.iterdir()] == [out.name], "no temp files left behind"
    return docx.Document(out)


def test_comment_on_words_split_mid_word_keeps_formatting(tmp_path, draft):
    path, doc = draft
    f = finding(
        "VOORZIENING-SPECIFICATIE",
        locate(doc, "huishoudelijke ondersteuning"),
        message="De omvang ontbreekt.",
        legal_basis="Awb 3:46",
        hint="Noem het aantal uren per week.",
    )
    g = finding("LEESBAARHEID-B1", locate(doc, "shoude"), Severity.INFO, "Moeilijk woord.", None)
    out = annotate(tmp_path, path, doc, [f, g])

    comments = comments_by_rule(out)
    c = comments["VOORZIENING-SPECIFICATIE"][0]
    assert c.author == "wmo-docs" and c.initials == "WD"
    assert c.paragraphs[0].text == (
        "[FOUT] VOORZIENING-SPECIFICATIE: De omvang ontbreekt. (Awb 3:46)"
    )
    assert "Tip: Noem het aantal uren per week." in c.text
    assert anchored_text(out, c.comment_id) == "huishoudelijke ondersteuning"
    info = comments["LEESBAARHEID-B1"][0]
    assert info.paragraphs[0].text == "[ADVIES] LEESBAARHEID-B1: Moeilijk woord."
    assert anchored_text(out, info.comment_id) == "shoude"

    para = out.paragraphs[1]
    assert para.text == "Wij kennen u huishoudelijke ondersteuning toe."
    pieces = [(r.text, r.bold, r.italic) for r in para.runs if r.text]
    assert pieces == [
        ("Wij kennen u ", None, None),
        ("hui", True, None),
        ("s", True, None),
        ("houde", None, True),
        ("lijke", None, True),
        (" ondersteuning", None, None),
        (" toe.", None, None),
    ]
    colored = [r for r in para.runs if r.bold]
    assert all(str(r.font.color.rgb) == "112233" for r in colored), "rPr copied to both halves"


def test_hyperlink_table_tab_and_linebreak(tmp_path, draft):
    path, doc = draft
    fs = [
        finding("LINK-DEEL", locate(doc, "voorbeeldstad.nl")),
        finding("LINK-EN-TEKST", locate(doc, "stad.nl/wmo of bel")),
        finding("TABEL", locate(doc, "6 uur"), Severity.WARNING),
        finding("VAAG-TAALGEBRUIK", locate(doc, "zo nodig"), Severity.WARNING),
        finding("NA-TAB", locate(doc, "principe\tkrijgt")),
        finding("NA-REGELEINDE", locate(doc, "\nextra")),
        finding("HELE-LINK", locate(doc, "www.voorbeeldstad.nl/wmo")),
    ]
    out = annotate(tmp_path, path, doc, fs)
    by_rule = comments_by_rule(out)
    expected = {
        "LINK-DEEL": "voorbeeldstad.nl",
        "LINK-EN-TEKST": "stad.nl/wmo of bel",
        "TABEL": "6 uur",
        "VAAG-TAALGEBRUIK": "zo nodig",
        "NA-TAB": "principe\tkrijgt",
        "NA-REGELEINDE": "\nextra",
        "HELE-LINK": "www.voorbeeldstad.nl/wmo",
    }
    for rule, words in expected.items():
        (c,) = by_rule[rule]
        assert anchored_text(out, c.comment_id) == words, rule
    assert by_rule["TABEL"][0].paragraphs[0].text.startswith("[WAARSCHUWING] TABEL:")

    # The link still points at the same address with the same text and formatting.
    para = out.paragraphs[2]
    assert para.text == "Meer informatie vindt u op www.voorbeeldstad.nl/wmo of bel 14 0000."
    (link,) = para._p.findall(qn("w:hyperlink"))
    rel = out.part.rels[link.get(qn("r:id"))]
    assert rel.target_ref == LINK_URL
    link_runs = link.findall(qn("w:r"))
    assert "".join(r.text for r in link_runs) == "www.voorbeeldstad.nl/wmo"
    assert all(r.find(qn("w:rPr")).find(qn("w:rStyle")) is not None for r in link_runs)
    bold = ["".join(t.text for t in r.iter(qn("w:t"))) for r in link_runs if r.find(qn("w:rPr")).find(qn("w:b")) is not None]
    assert "".join(bold) == "stad.nl/wmo"
    assert out.tables[0].cell(1, 1).text == "6 uur per week"
    # A comment on the whole link keeps its markers and reference mark outside the link.
    whole = str(by_rule["HELE-LINK"][0].comment_id)
    start = [e for e in para._p.iter(qn("w:commentRangeStart")) if e.get(qn("w:id")) == whole][0]
    ref = [e for e in para._p.iter(qn("w:commentReference")) if e.get(qn("w:id")) == whole][0]
    assert start.getparent() is para._p and ref.getparent().getparent() is para._p
    assert not link.findall(f".//{qn('w:commentReference')}[@{qn('w:id')}='{whole}']")


def test_draft_with_existing_comments(tmp_path, draft):
    path, doc = draft
    d = docx.Document(path)
    d.add_comment(d.paragraphs[1].runs[0], text="Eerdere opmerking", author="Collega")
    d.save(path)
    out = annotate(tmp_path, path, doc, [finding("NIEUW", locate(doc, "college"))])
    comments = {c.author: c for c in out.comments}
    assert comments["Collega"].text == "Eerdere opmerking"
    assert anchored_text(out, comments["wmo-docs"].comment_id) == "college"
    assert comments["wmo-docs"].comment_id != comments["Collega"].comment_id


def test_header_and_missing_findings_go_on_first_body_paragraph(tmp_path, draft):
    path, doc = draft
    fs = [
        finding("BEZWAAR-CLAUSULE", None, message="De bezwaarclausule ontbreekt.", legal_basis="Awb 3:45"),
        finding("PLACEHOLDER", locate(doc, "Team Wmo"), message="Kop controleren.", legal_basis=None),
    ]
    out = annotate(tmp_path, path, doc, fs)
    by_rule = comments_by_rule(out)
    missing = by_rule["BEZWAAR-CLAUSULE"][0]
    assert missing.paragraphs[0].text == "[FOUT] BEZWAAR-CLAUSULE: De bezwaarclausule ontbreekt. (Awb 3:45)"
    assert "Ontbreekt in de hele brief." in missing.text
    header = by_rule["PLACEHOLDER"][0]
    assert "koptekst" in header.text and "„Team Wmo”" in header.text
    for c in (missing, header):
        assert anchored_text(out, c.comment_id) == "Besluit over uw aanvraag"
    assert out.sections[0].header.paragraphs[0].text == "Gemeente Voorbeeldstad – Team Wmo"


def test_overlapping_and_identical_spans(tmp_path, draft):
    path, doc = draft
    fs = [
        finding("A", locate(doc, "binnen vier weken")),
        finding("B", locate(doc, "vier weken bezwaar")),
        finding("C", locate(doc, "vier weken bezwaar")),
        finding("D", locate(doc, "vier")),
    ]
    out = annotate(tmp_path, path, doc, fs)
    by_rule = comments_by_rule(out)
    got = {rule: anchored_text(out, cs[0].comment_id) for rule, cs in by_rule.items()}
    assert got == {"A": "binnen vier weken", "B": "vier weken bezwaar", "C": "vier weken bezwaar", "D": "vier"}
    assert out.paragraphs[-1].text == "U kunt binnen vier weken bezwaar maken bij het college."


def test_offsets_slightly_off_fall_back_to_the_quote(tmp_path, draft):
    path, doc = draft
    loc = locate(doc, "bezwaar")
    f = finding("BEZWAAR-CLAUSULE", replace(loc, start=loc.start + 2, end=loc.end + 2))
    out = annotate(tmp_path, path, doc, [f])
    (c,) = list(out.comments)
    assert anchored_text(out, c.comment_id) == "bezwaar"


def test_refuses_to_overwrite_unless_forced(tmp_path, draft):
    path, doc = draft
    out = tmp_path / "bestaat.docx"
    out.write_bytes(b"oud")
    report = report_for(path, doc, [finding("A", None)])
    with pytest.raises(OutputExistsError) as err:
        annotate_docx(report, out)
    assert "bestaat al" in err.value.message and "--force" in err.value.message
    assert out.read_bytes() == b"oud"
    annotate_docx(report, out, force=True)
    assert len(list(docx.Document(out).comments)) == 1
    before = sha256(path)
    with pytest.raises(OutputExistsError):
        annotate_docx(report, path, force=True)
    assert sha256(path) == before


@pytest.mark.parametrize("fmt", ["txt", "md", "pdf"])
def test_non_docx_draft_is_refused_in_dutch(tmp_path, fmt):
    src = tmp_path / f"concept.{fmt}"
    src.write_text("Wij kennen u hulp toe.")
    report = report_for(src, Document(path=src, format=fmt), [])
    with pytest.raises(InputError) as err:
        annotate_docx(report, tmp_path / "uit.docx")
    assert ".docx" in err.value.message and "alleen" in err.value.message
    assert not (tmp_path / "uit.docx").exists()


def test_comment_text_format():
    f = finding("BESLUIT-GRONDSLAG", None, Severity.WARNING, "Geen artikel genoemd.", "Awb 3:47 lid 1")
    assert comment_text(f) == "[WAARSCHUWING] BESLUIT-GRONDSLAG: Geen artikel genoemd. (Awb 3:47 lid 1)"


def test_end_to_end_with_project_reader(tmp_path, draft):
    """The project's own reader produces blocks that put comments on the same words."""
    from wmo_docs.reading import read_document

    path, _ = draft
    doc = read_document(path)
    words = {"VAAG": "zo nodig", "LINK": "voorbeeldstad.nl", "TABEL": "6 uur", "SPLIT": "huishoudelijke"}
    fs = [finding(rule, locate(doc, w)) for rule, w in words.items()]
    fs.append(finding("KOP", locate(doc, "Team Wmo")))
    out = annotate(tmp_path, path, doc, fs)
    by_rule = comments_by_rule(out)
    for rule, w in words.items():
        assert anchored_text(out, by_rule[rule][0].comment_id) == w, rule
    assert "koptekst" in by_rule["KOP"][0].text


@pytest.mark.slow
def test_libreoffice_opens_the_annotated_copy(tmp_path, draft):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pdftotext = shutil.which("pdftotext")
    if not soffice or not pdftotext:
        pytest.fail("LibreOffice (soffice) en pdftotext zijn nodig: apt-get install libreoffice-writer-nogui poppler-utils")
    path, doc = draft
    fs = [finding("A", locate(doc, "huishoudelijke")), finding("B", locate(doc, "voorbeeldstad")), finding("C", None)]
    annotate(tmp_path, path, doc, fs)
    out = tmp_path / "uit" / "concept.opmerkingen.docx"
    conv = tmp_path / "lo"

    def convert(fmt: str) -> Path:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{tmp_path / 'lo-profiel'}", "--headless",
             "--convert-to", fmt, "--outdir", str(conv), str(out)],
            check=True, capture_output=True, timeout=180,
        )
        result = conv / f"concept.opmerkingen.{fmt}"
        assert result.exists(), f"LibreOffice could not convert the annotated .docx to {fmt}"
        return result

    text = subprocess.run([pdftotext, str(convert("pdf")), "-"], check=True, capture_output=True, text=True).stdout
    for words in ("Wij kennen u huishoudelijke ondersteuning toe.", "www.voorbeeldstad.nl/wmo", "6 uur per week"):
        assert words in text

    # LibreOffice also reads the comments, by author and on the same words.
    with zipfile.ZipFile(convert("odt")) as odt:
        content = odt.read("content.xml").decode()
    found = {}
    pattern = r'<office:annotation office:name="([^"]+)"[^>]*>(.*?)</office:annotation>(.*?)<office:annotation-end office:name="\1"/>'
    for _, body, anchored in re.findall(pattern, content, re.S):
        assert "<dc:creator>wmo-docs</dc:creator>" in body
        rule = re.search(r"\[FOUT\] (\w+):", body).group(1)
        found[rule] = re.sub(r"<[^>]+>", "", anchored)
    assert found == {"A": "huishoudelijke", "B": "voorbeeldstad", "C": "Besluit over uw aanvraag"}
